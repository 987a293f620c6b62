using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using Suite.ServiceDefaults.Auth;
using Suite.SystemTests.Fuzzing;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// Hostile input through the gateway against every operation the services publish: at least 10,000
/// malformed requests. No answer may be a 5xx, every refusal must be a ProblemDetails, every write must
/// be refused, and not one row may be written anywhere.
/// </summary>
public sealed class FuzzTests(StandaloneHost host, ITestOutputHelper output) : IClassFixture<StandaloneHost>
{
    private const int MinimumRequests = 10_000;
    private static readonly string[] Services = ["scheduling", "training", "quality", "complaints"];

    [Fact]
    public async Task Malformed_requests_to_every_endpoint_are_refused_cleanly_and_write_nothing()
    {
        using var client = new HttpClient { BaseAddress = host.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.For("fuzz-tenant", [.. SuiteRoles.All]));
        var operations = new List<OpenApiOperation>();
        foreach (var service in Services)
        {
            operations.AddRange(await OpenApiOperation.LoadAsync(client, service));
        }

        var generator = new MalformedRequests(seed: 20261126);
        var requests = operations.SelectMany(generator.For).ToList();
        var withBodies = operations.Where(operation => operation.HasBody).ToList();
        while (requests.Count < MinimumRequests && withBodies.Count > 0)
        {
            requests.Add(generator.Mangled(withBodies[requests.Count % withBodies.Count]));
        }

        // One body past the server's 30 MB limit: refused before any service reads it.
        var firstWrite = withBodies.First();
        requests.Add(new MalformedRequest(firstWrite, "oversized body", firstWrite.Path(),
            "{\"padding\":\"" + new string('x', 31 * 1024 * 1024) + "\"}"));

        var rowsBefore = CountRows();
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (malformed, cancellationToken) =>
        {
            using var response = await client.SendAsync(malformed.ToHttp(), cancellationToken);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500)
            {
                failures.Enqueue($"{status} for {malformed}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
            else if (status >= 400 && mediaType != "application/problem+json")
            {
                failures.Enqueue($"{status} without ProblemDetails ({mediaType}) for {malformed}");
            }
            else if (status < 400 && malformed.MustBeRefused)
            {
                failures.Enqueue($"{status} (accepted) for {malformed}");
            }
        });
        var rowsAfter = CountRows();

        output.WriteLine($"{requests.Count} malformed requests to {operations.Count} operations; answers: " +
            string.Join(", ", statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}×{pair.Value}")));
        Assert.True(requests.Count >= MinimumRequests);
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, e.g.:\n{string.Join('\n', failures.Take(25))}");
        Assert.Equal(rowsBefore, rowsAfter);
    }

    /// <summary>Rows per table across the services' SQLite files, so a write by any rejected request shows.</summary>
    private Dictionary<string, long> CountRows()
    {
        var counts = new Dictionary<string, long>();
        foreach (var file in Directory.GetFiles(host.DataFolder, "*.db"))
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            connection.Open();
            var tables = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[$"{Path.GetFileName(file)}/{table}"] = (long)count.ExecuteScalar()!;
            }
        }

        return counts;
    }
}
