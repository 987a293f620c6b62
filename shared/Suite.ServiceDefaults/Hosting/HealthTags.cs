namespace Suite.ServiceDefaults;

/// <summary>Health check tags: "live" answers whether the process runs, "ready" whether it can serve.</summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
