using System.Diagnostics;
using Suite.ServiceDefaults.Auth;
using Suite.Standalone;

// The embedded default: `dotnet run --project AppHost/Suite.Standalone` runs the whole suite in
// this process; `... -- token --role supervisor` prints a demo token and exits; `... -- demo-centre`
// runs the suite with the large demo centre loaded on first start.
if (args.FirstOrDefault() == "demo-centre")
{
    args = [.. args[1..], "--Standalone:DemoCentre=true"];
}

var configuration = StandaloneConfiguration.Read(args.SkipWhile(arg => arg == "token").ToArray());
var options = StandaloneConfiguration.Options(configuration);
var tokens = new DevelopmentTokenIssuer(new SuiteAuthOptions { SigningKey = SuiteAuthOptions.DevelopmentSigningKey }, TimeProvider.System);

if (args.FirstOrDefault() == "token")
{
    return TokenCommand.Run(args[1..], options);
}

var started = Stopwatch.StartNew();
Directory.CreateDirectory(options.DataFolder);
await using var services = HostedApplications.BuildServices(options, args);
var identities = new DemoIdentities();
await using var gateway = HostedApplications.BuildGateway(options, identities, args);
await services.StartAsync();
await gateway.StartAsync();

var gatewayAddress = new Uri($"http://localhost:{options.GatewayPort}");
var demo = new DemoTenant(options, tokens);
var seeded = 0;
if (options.SeedDemoTenant)
{
    // Ctrl+C (or SIGTERM) while the demo centre is loading stops the loading too, not only the servers.
    var stoppingEarly = gateway.Lifetime.ApplicationStopping;
    try
    {
        seeded = options.DemoCentre
            ? await demo.SeedDemoCentreAsync(gatewayAddress, stoppingEarly)
            : await demo.SeedAsync(gatewayAddress, stoppingEarly);
        identities.Publish(await demo.IdentitiesAsync(gatewayAddress, stoppingEarly));
    }
    catch (OperationCanceledException) when (stoppingEarly.IsCancellationRequested)
    {
        Console.WriteLine($"Stopped while seeding the demo tenant; what was loaded stays in {options.DataFolder} (delete the folder to start afresh).");
        await gateway.StopAsync();
        await services.StopAsync();
        return 0;
    }
}

Console.WriteLine($"""

    Contact-Centre Supervisor Suite (embedded) ready in {started.Elapsed.TotalSeconds:F1} s
      Console          {gatewayAddress}console/
      Gateway REST     {gatewayAddress}   API reference: {gatewayAddress}scalar
      Gateway gRPC     http://localhost:{options.GatewayGrpcPort} (HTTP/2 cleartext)
      Data folder      {options.DataFolder}
      Demo tenant      {options.DemoTenant}{(seeded > 0 ? $" (seeded {seeded} people)" : "")}

    Demo supervisor token (7 days):
    {demo.SupervisorToken()}

    Demo integrator token (7 days):
    {demo.IntegratorToken()}

    Try:
      TOKEN=$(dotnet run --project AppHost/Suite.Standalone -- token --role supervisor)
      curl -H "Authorization: Bearer $TOKEN" {gatewayAddress}api/scheduling/agents

    Press Ctrl+C to stop.
    """);

var stopping = new TaskCompletionSource();
using var lifetime = gateway.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
using var servicesLifetime = services.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
await stopping.Task;
await gateway.StopAsync();
await services.StopAsync();
return 0;
