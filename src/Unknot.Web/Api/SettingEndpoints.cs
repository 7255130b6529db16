using Unknot.App.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Readers;
using Unknot.App.Views;

namespace Unknot.Web.Api;

/// <summary><c>/api/settings</c>: every setting, and changing one.</summary>
public static class SettingEndpoints
{
    /// <summary>Maps the group.</summary>
    public static void MapSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", GetSettings).WithTags("Settings").WithName("GetSettings").WithSummary("Every setting in force, and whether it is the default");
        api.MapPut("/settings/{key}", PutSetting).WithTags("Settings").WithName("PutSetting").WithSummary("Change one setting ({\"value\": …}; \"default\" or null resets it)")
            .AcceptsJson<SettingBody>();
    }

    private static Ok<IReadOnlyList<SettingView>> GetSettings(UserContext data) =>
        TypedResults.Ok(SettingView.All(data.Preferences, data.Settings, data.Time.LocalTimeZone));

    private static async Task<Results<Ok<SettingView>, ProblemHttpResult>> PutSetting(UserContext data, string key, HttpRequest request, CancellationToken cancel)
    {
        if (!(await RequestInput.JsonAsync(request, cancel)).Then(body => SettingReader.Read(key, body)).TryGetValue(out var value, out var problem))
        {
            return UnknotApi.Refused(problem);
        }
        data.Store.SetSetting(key, value);
        return TypedResults.Ok(SettingView.All(data.Preferences, data.Settings, data.Time.LocalTimeZone).Single(s => s.Key == key));
    }
}
