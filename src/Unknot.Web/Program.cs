using Unknot.Web;

// Serves the app on http://127.0.0.1:5080 unless --urls says otherwise; see WebApp for how it is put together.
try
{
    WebApp.Create(args).Run();
    return 0;
}
catch (Exception e) when (e is ListenAddressException or Unknot.Web.Hosted.HostedOptionsException or Unknot.Storage.StoreException)
{
    Console.Error.WriteLine($"unknot: {e.Message}");
    return 2;
}

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
