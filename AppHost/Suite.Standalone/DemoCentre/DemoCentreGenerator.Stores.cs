namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private const string CentreTimeZone = "Asia/Shanghai";

    private readonly List<(DemoStore Store, string Line, Guid QueueId)> _queues = [];

    // Every store runs a pre-sales and an after-sales chat queue from 08:00 to midnight, China time;
    // the complaints desk works 09:00 to 22:00 against the same stores.
    private async Task StoresAsync(CancellationToken cancellationToken)
    {
        var openingHours = Enum.GetValues<DayOfWeek>().Select(day => new { day, start = "08:00", end = "23:59" }).ToArray();
        await ForEachAsync("Opening stores", DemoCentrePlan.Stores, async (store, _) =>
        {
            var created = await api.PostAsync("/api/scheduling/stores", new
            {
                code = store.Code,
                name = store.Name,
                platform = store.Platform,
                timeZone = CentreTimeZone,
                channel = "chat",
                openingHours,
            }, cancellationToken);
            foreach (var line in DemoCentrePlan.Lines)
            {
                var queue = await api.PostAsync($"/api/scheduling/stores/{IdOf(created)}/queues", new
                {
                    name = $"{store.Name} {line}",
                    requiredSkills = new[] { line, store.Platform.ToLowerInvariant() },
                }, cancellationToken);
                lock (_queues)
                {
                    _queues.Add((store, line, IdOf(queue)));
                }
            }

            await api.PutAsync($"/api/complaints/store-calendars/{store.Code}", new
            {
                timeZoneId = CentreTimeZone,
                weeklyHours = Enum.GetValues<DayOfWeek>().Select(day => new { day, open = "09:00", close = "22:00" }),
                holidays = Array.Empty<string>(),
            }, cancellationToken);
        }, parallelism: 2);

        _queues.Sort((a, b) => string.CompareOrdinal($"{a.Store.Code}{a.Line}", $"{b.Store.Code}{b.Line}"));
        var policies = new[] { ("p1", 15, 60, 8 * 60), ("p2", 60, 4 * 60, 24 * 60), ("p3", 4 * 60, 8 * 60, 48 * 60), ("p4", 8 * 60, 24 * 60, 72 * 60) };
        var rank = 0;
        foreach (var (severity, firstResponse, nextUpdate, resolution) in policies)
        {
            await api.PostAsync("/api/complaints/sla-policies", new
            {
                rank = ++rank,
                name = $"{severity.ToUpperInvariant()} standard",
                severity,
                firstResponseMinutes = firstResponse,
                nextUpdateMinutes = nextUpdate,
                resolutionMinutes = resolution,
            }, cancellationToken);
        }
    }

    // Expected contacts per half hour over every rostered week, from the Monday before the month of
    // history to the end of next week (which the draft roster covers): a morning ramp, a lunch dip, an
    // evening peak after 20:00 (when shoppers browse), and busier weekends; AHT longer after-sales.
    private async Task DemandAsync(CancellationToken cancellationToken)
    {
        await ForEachAsync("Forecasting demand", _queues, async (queue, random) =>
        {
            var csv = new System.Text.StringBuilder("queueId,start,intervalMinutes,contacts,ahtSeconds\n");
            var zone = TimeZoneInfo.FindSystemTimeZoneById(CentreTimeZone);
            var storeSize = 0.6 + (StableHash(queue.Store.Code) & 7) / 10.0;
            for (var day = FirstRosterDay; day <= NextWeek.AddDays(6); day = day.AddDays(1))
            {
                var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.3 : 1.0;
                for (var slot = 16; slot < 48; slot++)
                {
                    var hour = slot / 2.0;
                    var shape = hour < 10 ? 0.5 : hour < 12 ? 1.0 : hour < 14 ? 0.8 : hour < 20 ? 1.0 : 1.4;
                    var contacts = (int)Math.Round(40 * storeSize * shape * weekend * (0.9 + random.NextDouble() * 0.2));
                    var local = day.ToDateTime(new TimeOnly(slot / 2, slot % 2 * 30));
                    var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
                    csv.Append($"{queue.QueueId},{start:yyyy-MM-ddTHH:mm:sszzz},30,{contacts},{(queue.Line == "after-sales" ? 300 : 180)}\n");
                }
            }

            await api.PostCsvAsync("/api/scheduling/demand/csv", csv.ToString(), cancellationToken);
        }, parallelism: 2);
    }

    // Two weeks of receptions: most agents serve one or two stores; some cover every store of their
    // platform on busy days, which is where the per-store overhead tips them over their maximum.
    private async Task WorkloadAsync(CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, 14).Select(offset => today.AddDays(-offset)).ToList();
        await ForEachAsync("Recording receptions", days, async (day, random) =>
        {
            var figures = new List<object>();
            foreach (var agent in FrontLine)
            {
                var stores = agent.Team.Stores.Take(random.NextDouble() < 0.2 ? agent.Team.Stores.Length : 1 + random.Next(2)).ToList();
                var total = 120 + random.Next(140);
                foreach (var store in stores)
                {
                    figures.Add(new { agentId = _agentIds[agent.EmployeeNumber], store = store.Code, receptions = total / stores.Count });
                }
            }

            await api.PostAsync("/api/scheduling/workload/receptions", new { date = day, figures }, cancellationToken);
        }, parallelism: 1);
    }
}
