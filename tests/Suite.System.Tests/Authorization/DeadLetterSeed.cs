using Microsoft.Data.Sqlite;

namespace Suite.SystemTests.Authorization;

/// <summary>
/// A dead letter of the owning tenant in each service's database. A healthy suite produces none (every shipped
/// consumer applies its events), so the sweep writes the row the dead-letter recorder would write after a
/// consumer gave up, in the recorder's own table and formats (GUIDs as upper-case text, instants as UTC ticks).
/// </summary>
internal static class DeadLetterSeed
{
    public static readonly string[] Services = ["scheduling", "training", "quality", "complaints"];

    public static IReadOnlyDictionary<string, Guid> Write(string dataFolder, string tenant, string marker)
    {
        var ids = new Dictionary<string, Guid>();
        var failedAt = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero).UtcTicks;
        foreach (var service in Services)
        {
            var id = Guid.CreateVersion7();
            using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, service + ".db")};Pooling=False");
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO "DeadLetters" ("Id", "TenantId", "MessageId", "MessageType", "Consumer", "Endpoint", "Payload", "Error",
                    "Attempts", "FirstFailedAt", "LastFailedAt", "ReplayedAt", "Replays")
                VALUES ($id, $tenant, $message, $type, $consumer, $endpoint, $payload, $error, 6, $at, $at, NULL, 0)
                """;
            insert.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$tenant", tenant);
            insert.Parameters.AddWithValue("$message", Guid.CreateVersion7().ToString().ToUpperInvariant());
            insert.Parameters.AddWithValue("$type", "urn:message:Suite.Contracts.Events:AgentHired");
            insert.Parameters.AddWithValue("$consumer", $"{marker}Consumer");
            insert.Parameters.AddWithValue("$endpoint", $"{service}-{marker.ToLowerInvariant()}");
            insert.Parameters.AddWithValue("$payload", $$"""{"marker":"{{marker}}"}""");
            insert.Parameters.AddWithValue("$error", $"{marker}: the consumer kept failing");
            insert.Parameters.AddWithValue("$at", failedAt);
            insert.ExecuteNonQuery();
            ids[service] = id;
        }

        return ids;
    }
}
