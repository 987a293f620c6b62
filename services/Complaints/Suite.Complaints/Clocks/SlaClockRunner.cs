using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Suite.Complaints.Agents;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Escalations;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Clocks;

/// <summary>
/// Looks at every open complaint of every tenant each period, records SLA warnings and escalates major
/// complaints and breaches up the chain (<see cref="EscalationPolicy"/>). Safe with several replicas on
/// one database: each escalation is a unique row written with its outbox row, so a rival pass that found
/// the same breach fails to commit and keeps nothing. An escalation that cannot be completed (Scheduling
/// unavailable) is not recorded, so the next pass retries it. The clock never changes the complaint itself,
/// so it never makes the reading of a person working on it stale.
/// </summary>
public sealed class SlaClockRunner(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<SlaClockOptions> options, ILogger<SlaClockRunner> logger) : BackgroundService
{
    /// <summary>The name the clock signs its audit entries and escalations with.</summary>
    public const string By = "sla-clock";

    private readonly SlaClockOptions _options = options.Value;
    private readonly EscalationPolicy _policy = new(options.Value.StepUp);

    /// <summary>One pass over every tenant's open complaints as of the injected clock's now.</summary>
    public async Task<SlaPass> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<string> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
            // The only read across tenants: which tenants have open complaints. The rest runs in each tenant's own scope.
            tenants = await Open(db.Complaints.IgnoreQueryFilters()).Select(complaint => complaint.TenantId).Distinct().ToListAsync(cancellationToken);
        }

        var pass = new SlaPass();
        foreach (var tenantId in tenants)
        {
            await RunForTenantAsync(tenantId, now, pass, cancellationToken);
        }

        return pass;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = await RunOnceAsync(stoppingToken);
                if (pass.Recorded + pass.Deferred > 0)
                {
                    logger.LogInformation(
                        "SLA clock pass: {Evaluated} open complaints, {Recorded} warnings and escalations recorded, {Deferred} left for the next pass.",
                        pass.Evaluated, pass.Recorded, pass.Deferred);
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping and the pass failed because of it (a scope or database disposed under
                // it); nothing of it was kept, and the first pass after the next start finds the work again.
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database briefly unavailable must not stop the service: nothing of a failed escalation
                // was kept, so the next pass finds it again.
                logger.LogError(exception, "An SLA clock pass failed; the next pass retries.");
            }

            // A delay rather than a periodic timer: a clock that jumps ahead causes one catch-up pass, not one per missed period.
            await Task.Delay(_options.Period, clock, stoppingToken);
        }
    }

    private static IQueryable<Complaint> Open(IQueryable<Complaint> complaints) =>
        complaints.Where(complaint => complaint.Status != ComplaintStatus.Resolved && complaint.Status != ComplaintStatus.Closed);

    private async Task RunForTenantAsync(string tenantId, DateTimeOffset now, SlaPass pass, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        var clocks = await ComplaintClocks.LoadAsync(db, null, cancellationToken);

        // Read everything first, write afterwards: the writes then never shift the pages being read.
        var due = new List<(Guid ComplaintId, IReadOnlyList<DueEscalation> Escalations)>();
        Guid? after = null;
        while (true)
        {
            var query = Open(db.Complaints.AsNoTracking());
            if (after is { } last)
            {
                query = query.Where(complaint => complaint.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(complaint => complaint.Id).Take(_options.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].Id;
            pass.Evaluated += batch.Count;
            var readings = await clocks.ReadAsync(db, batch, now, cancellationToken);
            var ids = readings.Keys.ToList();
            var done = (await db.Escalations.AsNoTracking()
                    .Where(escalation => ids.Contains(escalation.ComplaintId))
                    .Select(escalation => new { escalation.ComplaintId, escalation.Trigger, escalation.Round, escalation.Stage })
                    .ToListAsync(cancellationToken))
                .ToLookup(escalation => escalation.ComplaintId, escalation => new EscalationKey(escalation.Trigger, escalation.Round, escalation.Stage));
            foreach (var complaint in batch)
            {
                var reading = readings[complaint.Id];
                var escalations = _policy.Due(
                    open: true, complaint.Major, reading.Sla, reading.StatusChanges, reading.Clock, done[complaint.Id].ToHashSet(), now);
                if (escalations.Count > 0)
                {
                    due.Add((complaint.Id, escalations));
                }
            }
        }

        var agents = scope.ServiceProvider.GetRequiredService<IAgentDirectory>();
        foreach (var (complaintId, escalations) in due)
        {
            await EscalateAsync(db, agents, tenantId, complaintId, escalations, now, pass, cancellationToken);
        }
    }

    /// <summary>All of one complaint's due steps in one transaction: they are kept together or not at all.</summary>
    private async Task EscalateAsync(
        ComplaintsDbContext db, IAgentDirectory agents, string tenantId, Guid complaintId, IReadOnlyList<DueEscalation> escalations,
        DateTimeOffset now, SlaPass pass, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // Read, not tracked: the clock writes only its own escalation rows, never the complaint.
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(complaint => complaint.Id == complaintId, cancellationToken);
        if (complaint is null || !ComplaintWorkflow.IsOpen(complaint.Status))
        {
            return;
        }

        Guid? teamLeader = null;
        if (complaint.AgentId is { } agentId && escalations.Any(escalation => escalation.Key.Stage == EscalationStage.TeamLeader))
        {
            try
            {
                teamLeader = await agents.TeamLeaderOfAsync(agentId, cancellationToken);
            }
            catch (RpcException exception)
            {
                logger.LogWarning(
                    "Scheduling could not name the team leader for complaint {ComplaintId} ({Status}); its escalation waits for the next pass.",
                    complaintId, exception.StatusCode);
                pass.Deferred += escalations.Count;
                return;
            }
        }

        foreach (var (key, reason) in escalations)
        {
            var escalation = Escalation.Record(
                complaint.Id, key.Trigger, key.Round, key.Stage, reason, key.Stage == EscalationStage.TeamLeader ? teamLeader : null, By, now);
            Escalating.Stage(db, complaint.AgentId, escalation, tenantId);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            pass.Recorded += escalations.Count;
        }
        catch (DbUpdateException)
        {
            if (!await AlreadyRecordedAsync(db, complaintId, escalations, cancellationToken))
            {
                throw;
            }

            // Another replica recorded the same step first; its row and event stand, ours were rolled back.
            pass.Contended += escalations.Count;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<bool> AlreadyRecordedAsync(
        ComplaintsDbContext db, Guid complaintId, IReadOnlyList<DueEscalation> escalations, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var recorded = await db.Escalations.AsNoTracking()
            .Where(escalation => escalation.ComplaintId == complaintId)
            .Select(escalation => new { escalation.Trigger, escalation.Round, escalation.Stage })
            .ToListAsync(cancellationToken);
        return escalations.Any(due => recorded.Any(row => row.Trigger == due.Key.Trigger && row.Round == due.Key.Round && row.Stage == due.Key.Stage));
    }
}

/// <summary>What one pass did.</summary>
public sealed class SlaPass
{
    public int Evaluated { get; set; }

    /// <summary>Warnings and escalations this pass recorded.</summary>
    public int Recorded { get; set; }

    /// <summary>Steps found due but left for the next pass (Scheduling unavailable).</summary>
    public int Deferred { get; set; }

    /// <summary>Steps another replica recorded first.</summary>
    public int Contended { get; set; }
}
