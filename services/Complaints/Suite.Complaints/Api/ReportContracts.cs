using Suite.Complaints.Domain.Reports;

namespace Suite.Complaints.Api;

/// <summary>
/// Complaints of one store, category or severity filed in the period. SLA attainment is the share of the
/// complaints a policy governs whose clocks have not breached (first response, next update or resolution).
/// </summary>
public sealed record VolumeRow(string Key, int Filed, int Open, int Resolved, int Major, int SlaGoverned, int SlaBreached, double SlaAttainmentPercent);

public sealed record VolumeReport(string GroupBy, DateTimeOffset? From, DateTimeOffset? To, IReadOnlyList<VolumeRow> Rows);

public sealed record RepeatComplainant(string Platform, string CustomerReference, int Complaints, DateTimeOffset FirstFiledAt, DateTimeOffset LastFiledAt);

public sealed record RootCauseReport(int Resolved, IReadOnlyList<ParetoRow> Causes);

/// <summary>Of the agent's resolved complaints in the period, how many were upheld against it.</summary>
public sealed record UpheldRow(Guid AgentId, int Resolved, int Upheld, double UpheldPercent);
