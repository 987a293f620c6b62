using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Suite.Bench.Load;

// Usage: Suite.Bench.Load --gateway URL --from N --to N --out DIR [--divisor D]   (the bearer token in TOKEN)
// Seeds data units from+1 .. to through the gateway and appends the ids it created to DIR/{agents,courses,complaints,
// conversations}.ids, one a line, for the wrk scripts in bench/lua/ to read. Units are additive: seeding 0..1 and
// then 1..10 leaves the same data as seeding 0..10.
var gateway = Text("--gateway");
var from = Number("--from");
var to = Number("--to");
var output = Text("--out");
var divisor = Text("--divisor") is null ? 1 : Number("--divisor");
var token = Environment.GetEnvironmentVariable("TOKEN");
if (gateway is null || from < 0 || to <= from || output is null || divisor is < 1 or > 20 || string.IsNullOrWhiteSpace(token))
{
    Console.Error.WriteLine("usage: TOKEN=... Suite.Bench.Load --gateway URL --from N --to N --out DIR [--divisor 1..20]  (0 <= from < to)");
    return 2;
}

Directory.CreateDirectory(output);
using var http = new HttpClient { BaseAddress = new Uri(gateway), Timeout = TimeSpan.FromMinutes(2) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var api = new SeedingClient(http, parallelism: 8);
var watch = Stopwatch.StartNew();
for (var unit = from + 1; unit <= to; unit++)
{
    var data = new DataUnit(unit, divisor);
    var agents = await api.CreateAllAsync("/api/scheduling/agents", data.Agents());
    var courses = await api.CreateAllAsync("/api/training/courses", data.Courses());
    var complaints = await api.CreateAllAsync("/api/complaints/complaints", data.Complaints(agents));
    var conversations = await api.IngestAllAsync("/api/quality/conversations/batch", data.ConversationBatches(agents));
    await File.AppendAllLinesAsync(Path.Combine(output, "agents.ids"), agents);
    await File.AppendAllLinesAsync(Path.Combine(output, "courses.ids"), courses);
    await File.AppendAllLinesAsync(Path.Combine(output, "complaints.ids"), complaints);
    await File.AppendAllLinesAsync(Path.Combine(output, "conversations.ids"), conversations);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"unit {unit}: {agents.Count} agents, {courses.Count} courses, {complaints.Count} complaints, {conversations.Count} conversations ({watch.Elapsed.TotalSeconds:F0} s so far)"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded units {from + 1}..{to} in {watch.Elapsed.TotalSeconds:F1} s"));
return 0;

string? Text(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int Number(string name) => int.TryParse(Text(name), CultureInfo.InvariantCulture, out var value) ? value : -1;
