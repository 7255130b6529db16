using Unknot.Web;

// Serves the app on http://127.0.0.1:5080 unless --urls says otherwise; see WebApp for how it is put together.
WebApplication? app = null;
try
{
    app = WebApp.Create(args);
    // Listening starts here: a port another program holds fails now, said in one line.
    await app.StartAsync();
}
catch (Exception e) when (e is ListenAddressException or Unknot.Web.Hosted.HostedOptionsException or Unknot.Storage.StoreException)
{
    Console.Error.WriteLine($"unknot: {e.Message}");
    return 2;
}
catch (Exception e) when (WebApp.StartFailure(e, app?.Configuration["urls"] ?? "") is { } failure)
{
    Console.Error.WriteLine($"unknot: {failure.Message}");
    return failure.ExitCode;
}
await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
