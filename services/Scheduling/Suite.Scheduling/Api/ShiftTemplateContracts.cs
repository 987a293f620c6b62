using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/shift-templates: start as local "HH:mm", breaks as minutes after the start.</summary>
public sealed record CreateShiftTemplateRequest(
    string? Name, string? Start, int? LengthMinutes, IReadOnlyList<DayOfWeek>? Days, IReadOnlyList<ShiftBreakDto>? Breaks);

public sealed record ShiftBreakDto(int OffsetMinutes, int LengthMinutes, bool Paid);

public sealed record ShiftTemplateResponse(
    Guid Id, string Name, string Start, int LengthMinutes, IReadOnlyList<DayOfWeek> Days, IReadOnlyList<ShiftBreakDto> Breaks, DateTimeOffset CreatedAt)
{
    public static ShiftTemplateResponse From(ShiftTemplate template) => new(
        template.Id, template.Name, template.Start.ToString("HH:mm"), template.LengthMinutes, template.Days,
        template.Breaks.Select(pause => new ShiftBreakDto(pause.OffsetMinutes, pause.LengthMinutes, pause.Paid)).ToList(), template.CreatedAt);
}
