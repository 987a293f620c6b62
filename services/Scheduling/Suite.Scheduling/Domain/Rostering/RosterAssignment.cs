using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>One agent on one shift serving one queue in a roster; the shift is stored as expanded, so a later change to its template does not move it.</summary>
public sealed class RosterAssignment : ITenantOwned
{
    private RosterAssignment()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid RosterId { get; private set; }

    public Guid AgentId { get; private set; }

    public Guid QueueId { get; private set; }

    public Guid ShiftTemplateId { get; private set; }

    public string ShiftName { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End { get; private set; }

    public DateTime LocalStart { get; private set; }

    public DateTime LocalEnd { get; private set; }

    public List<BreakSpan> Breaks { get; private set; } = [];

    public double PaidHours { get; private set; }

    public bool IsLate { get; private set; }

    public bool IsWeekend { get; private set; }

    /// <summary>Set when a planner placed or changed it rather than the generator.</summary>
    public bool Manual { get; private set; }

    public static RosterAssignment From(Guid rosterId, RosterAssignmentPlan plan, bool manual, DateTimeOffset now)
    {
        var assignment = new RosterAssignment { Id = Guid.CreateVersion7(now), RosterId = rosterId };
        assignment.Change(plan, manual);
        return assignment;
    }

    public void Change(RosterAssignmentPlan plan, bool manual)
    {
        AgentId = plan.AgentId;
        QueueId = plan.QueueId;
        ShiftTemplateId = plan.Shift.TemplateId;
        ShiftName = plan.Shift.TemplateName;
        Day = plan.Shift.Day;
        Start = plan.Shift.Start;
        End = plan.Shift.End;
        LocalStart = plan.Shift.LocalStart;
        LocalEnd = plan.Shift.LocalEnd;
        Breaks = [.. plan.Shift.Breaks];
        PaidHours = plan.Shift.PaidHours;
        IsLate = plan.Shift.IsLate;
        IsWeekend = plan.Shift.IsWeekend;
        Manual = manual;
    }

    public PlannedShift Shift => new(ShiftTemplateId, ShiftName, Day, Start, End, LocalStart, LocalEnd, Breaks, PaidHours, IsLate, IsWeekend);

    public RosterAssignmentPlan Plan => new(AgentId, QueueId, Shift);
}
