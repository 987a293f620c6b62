namespace Suite.Standalone;

/// <summary>
/// Where the embedded default listens and keeps its files. Everything can be overridden on the
/// command line (--Standalone:GatewayPort=8080) or by environment (Standalone__GatewayPort=8080).
/// </summary>
public sealed class StandaloneOptions
{
    public const string SectionName = "Standalone";

    /// <summary>The public REST port of the gateway.</summary>
    public int GatewayPort { get; set; } = 5000;

    /// <summary>The public gRPC (HTTP/2 cleartext) port of the gateway.</summary>
    public int GatewayGrpcPort { get; set; } = 5001;

    /// <summary>The services' REST port, on loopback only: callers go through the gateway.</summary>
    public int ServicesPort { get; set; } = 5100;

    /// <summary>The services' gRPC port, on loopback only.</summary>
    public int ServicesGrpcPort { get; set; } = 5200;

    /// <summary>Whether the gateway accepts connections from other machines, not only this one.</summary>
    public bool ListenOnAllInterfaces { get; set; }

    public string DataFolder { get; set; } = "data";

    public string DemoTenant { get; set; } = "demo";

    /// <summary>Seeds the demo tenant with a small centre on first start.</summary>
    public bool SeedDemoTenant { get; set; } = true;

    /// <summary>
    /// Seeds the demo tenant with the large demo centre instead (about 300 people, 12 stores, a month of
    /// history); the `demo-centre` command sets it. Takes a few minutes, with a progress bar.
    /// </summary>
    public bool DemoCentre { get; set; }

    /// <summary>The seed of the demo centre: the same seed builds the same centre.</summary>
    public int DemoSeed { get; set; } = 2026;
}
