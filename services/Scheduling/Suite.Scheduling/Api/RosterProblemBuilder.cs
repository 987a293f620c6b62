using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Staffing;
using Suite.Scheduling.Domain.TimeOff;

namespace Suite.Scheduling.Api;

/// <summary>
/// Reads what a roster needs from the database (queues, their demand, the agents with their current
/// certifications, shift templates) and turns it into the engine's <see cref="RosterProblem"/>.
/// </summary>
internal static class RosterProblemBuilder
{
    /// <summary>
    /// <paramref name="preferences"/> are given with one generation and, for the agents they name, take
    /// the place of the preferences stored with the agent.
    /// </summary>
    public static async Task<RosterProblem> BuildAsync(
        SchedulingDbContext db, Roster roster, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> preferences, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(roster.TimeZone);
        var period = new RosterPeriod(roster.FirstDay, roster.LastDay, zone, roster.IntervalMinutes);
        var queues = await db.Queues.AsNoTracking().Where(queue => roster.QueueIds.Contains(queue.Id)).ToListAsync(cancellationToken);
        var requirements = await db.QueueCertificationRequirements.AsNoTracking()
            .Where(requirement => roster.QueueIds.Contains(requirement.QueueId))
            .ToDictionaryAsync(requirement => requirement.QueueId, requirement => requirement.Skills, cancellationToken);
        // Demand intervals are at most 30 minutes long, so any that touches the period starts after this.
        var earliest = period.Start.AddMinutes(-30);
        var demand = await db.DemandIntervals.AsNoTracking()
            .Where(interval => roster.QueueIds.Contains(interval.QueueId) && interval.Start > earliest && interval.Start < period.End)
            .ToListAsync(cancellationToken);
        var demandByQueue = demand.ToLookup(interval => interval.QueueId);
        var queueDemand = queues
            .OrderBy(queue => queue.Name, StringComparer.Ordinal).ThenBy(queue => queue.Id)
            .Select(queue => Demand(
                new RosterQueue(queue.Id, queue.Name, queue.RequiredSkills, requirements.GetValueOrDefault(queue.Id) ?? []),
                demandByQueue[queue.Id], period, roster.Settings))
            .ToList();

        var templates = await db.ShiftTemplates.AsNoTracking().Where(template => roster.ShiftTemplateIds.Contains(template.Id)).ToListAsync(cancellationToken);
        var shifts = ShiftExpander.ExpandPeriod(templates.Select(template => template.Pattern), roster.FirstDay, roster.LastDay, zone);

        var agents = await db.Agents.AsNoTracking().OrderBy(agent => agent.EmployeeNumber).ToListAsync(cancellationToken);
        var certifications = (await db.AgentCertifications.AsNoTracking().Where(certification => certification.ExpiredAt == null).ToListAsync(cancellationToken))
            .ToLookup(certification => certification.AgentId);
        var timeOff = (await db.TimeOffRequests.AsNoTracking()
                .Where(request => request.Status == TimeOffStatus.Approved && request.FirstDay <= roster.LastDay && request.LastDay >= roster.FirstDay)
                .ToListAsync(cancellationToken))
            .ToLookup(request => request.AgentId, ToSpan);
        var stored = await db.ShiftPreferences.AsNoTracking()
            .ToDictionaryAsync(preference => preference.AgentId, preference => (IReadOnlySet<Guid>)preference.ShiftTemplateIds.ToHashSet(), cancellationToken);
        var rules = roster.Settings.Rules;
        var rosterAgents = agents.Select(agent => new RosterAgent(
                agent.Id,
                agent.DisplayName,
                agent.Skills.ToHashSet(StringComparer.Ordinal),
                certifications[agent.Id]
                    .GroupBy(certification => certification.Skill)
                    .ToDictionary(group => group.Key, group => group.Max(certification => certification.ValidUntil)),
                agent.Availability,
                timeOff[agent.Id].ToList(),
                agent.ContractedWeeklyHours is { } hours ? (double)hours : rules.DefaultMaxWeeklyHours,
                preferences.GetValueOrDefault(agent.Id) ?? stored.GetValueOrDefault(agent.Id) ?? new HashSet<Guid>()))
            .ToList();
        return new RosterProblem(period, queueDemand, shifts, rosterAgents, rules, roster.Seed);
    }

    /// <summary>
    /// Spreads each demand interval over the roster intervals it overlaps (contacts in proportion, AHT
    /// weighted by contacts), then asks Erlang C for the head count to schedule in each.
    /// </summary>
    private static QueueDemand Demand(RosterQueue queue, IEnumerable<Domain.Demand.DemandInterval> intervals, RosterPeriod period, RosterSettings settings)
    {
        var contacts = new double[period.Count];
        var handleWeighted = new double[period.Count];
        foreach (var interval in intervals)
        {
            var first = Math.Max(0, period.IndexOf(interval.Start < period.Start ? period.Start : interval.Start));
            for (var t = first; t < period.Count && period.IntervalStart(t) < interval.End; t++)
            {
                var start = period.IntervalStart(t);
                var end = start.AddMinutes(period.IntervalMinutes);
                var overlap = (Min(end, interval.End) - Max(start, interval.Start)).TotalMinutes;
                if (overlap <= 0)
                {
                    continue;
                }

                var share = interval.ExpectedContacts * overlap / interval.IntervalMinutes;
                contacts[t] += share;
                handleWeighted[t] += share * interval.AhtSeconds;
            }
        }

        var required = new int[period.Count];
        var workload = new StaffingQuestion?[period.Count];
        for (var t = 0; t < period.Count; t++)
        {
            if (contacts[t] <= 0)
            {
                continue;
            }

            var question = settings.Question(contacts[t], period.IntervalMinutes * 60, handleWeighted[t] / contacts[t]);
            workload[t] = question;
            required[t] = StaffingCalculator.Calculate(question).ScheduledAgents;
        }

        return new QueueDemand(queue, required, workload);
    }

    /// <summary>Time off is entered in the centre's local days and hours, as rosters are planned.</summary>
    private static TimeOffSpan ToSpan(TimeOffRequest request) =>
        request.IsWholeDays
            ? TimeOffSpan.WholeDays(request.FirstDay, request.LastDay)
            : new TimeOffSpan(request.FirstDay.ToDateTime(request.StartTime!.Value), request.LastDay.ToDateTime(request.EndTime!.Value));

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left < right ? left : right;

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;
}
