// The baseline of the performance suite: a minimal ASP.NET Core app whose one endpoint serves, from memory, the
// same bytes an Unknot endpoint gives. Payloads come from configuration: --payload:exercises=FILE ...
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
var payloads = app.Configuration.GetSection("payload").GetChildren().ToDictionary(p => p.Key, p => File.ReadAllBytes(p.Value!));
app.MapGet("/{name}", (string name) => payloads.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/json") : Results.NotFound());
app.Run();
