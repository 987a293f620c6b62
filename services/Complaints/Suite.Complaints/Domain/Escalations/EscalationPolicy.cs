using Suite.Complaints.Domain.Sla;
using Suite.Contracts;

namespace Suite.Complaints.Domain.Escalations;

/// <summary>
/// When an open complaint goes up the chain. The policy:
/// <list type="bullet">
/// <item>a major complaint goes to the agent's team leader as soon as the clock sees it;</item>
/// <item>a clock past 75% of its target gives one warning (recorded, not escalated), unless already breached;</item>
/// <item>a breached clock goes to the team leader at its due time, to the supervisor one step of open
/// time later and to the manager two steps later, while the clock is still breached and running;</item>
/// <item>a first response that came late is escalated once (to the team leader) and not further, since
/// the customer has been answered.</item>
/// </list>
/// Every step is a distinct (trigger, round, stage), so each happens once however often the clock looks.
/// </summary>
public sealed class EscalationPolicy(TimeSpan stepUp)
{
    private static readonly EscalationStage[] Chain = [EscalationStage.TeamLeader, EscalationStage.Supervisor, EscalationStage.Manager];

    public TimeSpan StepUp { get; } = stepUp > TimeSpan.Zero
        ? stepUp
        : throw new ArgumentOutOfRangeException(nameof(stepUp), "The step up the chain must be positive.");

    /// <param name="sla">Null when no SLA policy applies to the complaint.</param>
    /// <param name="statusChanges">How many status changes the complaint has had: the round of its next-update clock.</param>
    /// <param name="done">The steps already recorded for the complaint.</param>
    public IReadOnlyList<DueEscalation> Due(
        bool open, bool major, SlaStatus? sla, int statusChanges, BusinessClock clock,
        IReadOnlySet<EscalationKey> done, DateTimeOffset now)
    {
        if (!open)
        {
            return [];
        }

        var due = new List<DueEscalation>();
        if (major)
        {
            Add(due, done, new EscalationKey(EscalationTrigger.Major, 0, EscalationStage.TeamLeader), "The complaint is major.");
        }

        if (sla is not null)
        {
            Clock(due, done, EscalationTrigger.FirstResponse, 0, sla.FirstResponse, stillRunning: statusChanges == 0, clock, now);
            if (sla.NextUpdate is { } nextUpdate)
            {
                Clock(due, done, EscalationTrigger.NextUpdate, statusChanges, nextUpdate, stillRunning: true, clock, now);
            }

            Clock(due, done, EscalationTrigger.Resolution, 0, sla.Resolution, stillRunning: true, clock, now);
        }

        return due;
    }

    private void Clock(
        List<DueEscalation> due, IReadOnlySet<EscalationKey> done, EscalationTrigger trigger, int round, SlaReading reading,
        bool stillRunning, BusinessClock clock, DateTimeOffset now)
    {
        var name = WireNames.Of(trigger);
        if (reading.State == SlaState.Warning)
        {
            Add(due, done, new EscalationKey(trigger, round, EscalationStage.Warning),
                $"The {name} clock has used 75% of its target; due at {reading.DueAt:O}.");
            return;
        }

        if (reading.State != SlaState.Breached || reading.DueAt is not { } dueAt)
        {
            return;
        }

        for (var step = 0; step < Chain.Length; step++)
        {
            if (step > 0 && !stillRunning)
            {
                return;
            }

            var at = step == 0 ? dueAt : clock.Add(dueAt, StepUp * step);
            if (at is null || at > now)
            {
                return;
            }

            Add(due, done, new EscalationKey(trigger, round, Chain[step]),
                step == 0 ? $"The {name} clock breached at {dueAt:O}." : $"The {name} clock has been breached since {dueAt:O}.");
        }
    }

    private static void Add(List<DueEscalation> due, IReadOnlySet<EscalationKey> done, EscalationKey key, string reason)
    {
        if (!done.Contains(key))
        {
            due.Add(new DueEscalation(key, reason));
        }
    }
}

/// <summary>What makes an escalation distinct from every other of the same complaint.</summary>
public readonly record struct EscalationKey(EscalationTrigger Trigger, int Round, EscalationStage Stage);

public sealed record DueEscalation(EscalationKey Key, string Reason);
