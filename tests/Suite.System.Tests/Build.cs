using System.Reflection;

namespace Suite.SystemTests;

/// <summary>Where the built processes under test live.</summary>
internal static class Build
{
    private static string Metadata(string key) =>
        typeof(Build).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string Configuration => Metadata("Configuration");

    /// <summary>The folder holding a project's built assembly, e.g. ("services/Training/Suite.Training").</summary>
    public static string OutputOf(string projectFolder) =>
        Path.Combine(RepositoryRoot, projectFolder, "bin", Configuration, "net10.0");
}
