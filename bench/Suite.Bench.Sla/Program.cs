using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.Bench.Sla;
using Suite.Complaints;
using Suite.Complaints.Agents;
using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

// The SLA clock over N open complaints (default 100,000; --quick 5,000; --complaints N): the real
// module composed as the service composes it, the runner's own pass (its query, clock reading and
// escalation policy) on a SQLite file. Pass 1 also writes the escalations of the complaints past their
// targets; pass 2 is the steady state, where every complaint is read and evaluated and nothing is due.
// --markdown PATH also writes the results as a BENCHMARKS.md section (heading, command, table, comparison).
var count = args.Contains("--quick") ? 5_000 : 100_000;
var countAt = Array.IndexOf(args, "--complaints");
if (countAt >= 0 && (countAt + 1 >= args.Length || !int.TryParse(args[countAt + 1], CultureInfo.InvariantCulture, out count) || count < 1))
{
    Console.Error.WriteLine("usage: Suite.Bench.Sla [--quick] [--complaints N] [--markdown PATH]");
    return 2;
}

var markdownAt = Array.IndexOf(args, "--markdown");
if (markdownAt >= 0 && markdownAt + 1 >= args.Length)
{
    Console.Error.WriteLine("usage: Suite.Bench.Sla [--quick] [--complaints N] [--markdown PATH]");
    return 2;
}

var markdownPath = markdownAt >= 0 ? args[markdownAt + 1] : null;

const string Tenant = "bench-tenant";
var now = new DateTimeOffset(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);
var folder = Path.Combine(Path.GetTempPath(), "suite-bench-sla", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var database = Path.Combine(folder, "complaints.db");

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    [$"ConnectionStrings:{ComplaintsModule.Name}"] = $"Data Source={database}",
    ["Database:Provider"] = "Sqlite",
    ["Database:MigrateOnStartup"] = "false",
    ["Auth:SigningKey"] = SuiteAuthOptions.DevelopmentSigningKey,
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.AddServiceDefaults();
builder.AddComplaintsModule();
builder.AddSuiteMessaging();
var clock = new FixedClock(now);
builder.Services.AddSingleton<TimeProvider>(clock);
builder.Services.AddScoped<IAgentDirectory, NoScheduling>();
await using var app = builder.Build();

ComplaintsDbContext Open(IServiceScope scope)
{
    scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant);
    return scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
}

var seeding = Stopwatch.StartNew();
using (var scope = app.Services.CreateScope())
{
    var db = Open(scope);
    await db.Database.MigrateAsync();
    await Workload.SeedSettingsAsync(db, now);
}

var scopes = new List<IServiceScope>();
await Workload.SeedComplaintsAsync(() =>
{
    var scope = app.Services.CreateScope();
    scopes.Add(scope);
    return Open(scope);
}, count, now);
scopes.ForEach(scope => scope.Dispose());
seeding.Stop();
Console.WriteLine($"seeded {count:N0} open complaints in {Workload.Stores} stores in {seeding.Elapsed.TotalSeconds:F1} s ({new FileInfo(database).Length / 1048576.0:F1} MB SQLite file)");

var runner = app.Services.GetRequiredService<SlaClockRunner>();
var rows = new List<string>();
var seconds = new List<double>();
for (var pass = 1; pass <= 3; pass++)
{
    var watch = Stopwatch.StartNew();
    var result = await runner.RunOnceAsync(CancellationToken.None);
    watch.Stop();
    seconds.Add(watch.Elapsed.TotalSeconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pass {pass}: {result.Evaluated:N0} complaints in {watch.Elapsed.TotalSeconds:F2} s = {result.Evaluated / watch.Elapsed.TotalSeconds:N0} complaints/s; recorded {result.Recorded:N0} warnings and escalations, deferred {result.Deferred}"));
    rows.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {pass}{(pass > 1 ? " (steady state)" : "")} | {result.Evaluated:N0} | {watch.Elapsed.TotalSeconds:F2} | {result.Evaluated / watch.Elapsed.TotalSeconds:N0} | {result.Recorded:N0} |"));
}

if (markdownPath is not null)
{
    var shown = args.Where((arg, i) => arg != "--markdown" && (i == 0 || args[i - 1] != "--markdown")).ToArray();
    var command = "dotnet run -c Release --project bench/Suite.Bench.Sla" + (shown.Length > 0 ? " -- " + string.Join(' ', shown) : "");
    var steady = seconds[1..].Min();
    await File.WriteAllTextAsync(markdownPath, string.Create(CultureInfo.InvariantCulture, $"""
        ### SLA clock: one pass of the Complaints clock runner over {count:N0} open complaints

        Command: `{command}`. The runner's own `RunOnceAsync` on a SQLite file, composed as the service composes it
        ({Workload.Stores} stores on business-hours calendars, seeded data; see `bench/Suite.Bench.Sla/README.md`).
        Seeding (not the clock) took {seeding.Elapsed.TotalSeconds:F1} s. Peer: the steady-state pass (nothing due)
        against the first pass, which also writes every warning and escalation found due.

        | pass | complaints | seconds | complaints/s | warnings and escalations written |
        |---|---|---|---|---|
        {string.Join("\n", rows)}

        The first pass takes {seconds[0] / steady:F1}x the steady pass; a steady pass over {count:N0} open complaints takes
        {steady:F2} s, {steady / 60 * 100:F0}% of the runner's default one-minute period.

        """));
}

SqliteCleanup();
return 0;

void SqliteCleanup()
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
