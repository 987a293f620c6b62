using Suite.Scheduling.Domain.Workload;

namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/workload/receptions: one day's figures per agent and store.</summary>
public sealed record PostReceptionsRequest(DateOnly Date, IReadOnlyList<ReceptionFigureInput?>? Figures);

public sealed record PostReceptionsResponse(DateOnly Date, int Recorded, int Corrected);

public sealed record WorkloadSettingsRequest(int? PerStoreOverhead);

public sealed record WorkloadSettingsResponse(int PerStoreOverhead, bool IsDefault);

public sealed record AgentDayLoadResponse(
    Guid AgentId,
    string EmployeeNumber,
    string DisplayName,
    string Team,
    DateOnly Date,
    int Receptions,
    int StoresServed,
    int EffectiveLoad,
    int? MaxDailyReceptions,
    bool Overloaded,
    int? HeadroomWithAnotherStore);

public sealed record WorkloadReportResponse(DateOnly From, DateOnly To, int PerStoreOverhead, IReadOnlyList<AgentDayLoadResponse> Days);

public sealed record StoreCandidateResponse(
    Guid AgentId,
    string EmployeeNumber,
    string DisplayName,
    bool ServesStoreAlready,
    int EffectiveLoad,
    int EffectiveLoadWithStore,
    int MaxDailyReceptions,
    int Headroom);
