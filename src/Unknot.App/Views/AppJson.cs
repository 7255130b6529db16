using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Unknot.Storage;
using Unknot.Text;

namespace Unknot.App.Views;

/// <summary>
/// The views every surface writes (<c>--json</c>, <c>/api</c>, the player's setup) and the JSON the import reads, generated at build
/// time so no reflection is needed; <see cref="Indented"/> applies Unknot's one configuration over them and over
/// Storage's shapes.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ExerciseView))]
[JsonSerializable(typeof(ExerciseView[]))]
[JsonSerializable(typeof(RoutineView))]
[JsonSerializable(typeof(RoutineView[]))]
[JsonSerializable(typeof(TimelineView))]
[JsonSerializable(typeof(PlayerSetupView))]
[JsonSerializable(typeof(PlanView))]
[JsonSerializable(typeof(SessionView))]
[JsonSerializable(typeof(SessionView[]))]
[JsonSerializable(typeof(StatsView))]
[JsonSerializable(typeof(ProgrammeView[]))]
[JsonSerializable(typeof(ProgrammeStatusView))]
[JsonSerializable(typeof(ProgrammeChangeView))]
[JsonSerializable(typeof(TodayView))]
[JsonSerializable(typeof(ProgrammeEnrolmentView[]))]
[JsonSerializable(typeof(SettingView))]
[JsonSerializable(typeof(SettingView[]))]
[JsonSerializable(typeof(ReminderSimulationView))]
[JsonSerializable(typeof(RemindStatusView))]
[JsonSerializable(typeof(RemindTickView))]
[JsonSerializable(typeof(Hosting.RunningWeb))]
[JsonSerializable(typeof(Sync.ServerLink))]
[JsonSerializable(typeof(BearerLogin))]
[JsonSerializable(typeof(NewAccessToken))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
public sealed partial class AppJson : JsonSerializerContext
{
    private static JsonSerializerOptions? _options, _compact;

    /// <summary>Unknot's configuration over the views and Storage's shapes, indented.</summary>
    public static JsonSerializerOptions Indented => _options ??= UnknotJson.For(JsonTypeInfoResolver.Combine(Default, StorageJson.Default));

    /// <summary>The same without indentation, for a page to hold.</summary>
    public static JsonSerializerOptions Compact => _compact ??= UnknotJson.For(JsonTypeInfoResolver.Combine(Default, StorageJson.Default), indented: false);
}
