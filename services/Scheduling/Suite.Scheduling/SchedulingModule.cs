using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.Scheduling.Grpc;
using Suite.Scheduling.Messaging;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;

namespace Suite.Scheduling;

/// <summary>
/// Adds and maps the Scheduling service. Its own Program and the embedded default host compose it
/// the same way, so both run the same code.
/// </summary>
public static class SchedulingModule
{
    public const string Name = "scheduling";

    public static IHostApplicationBuilder AddSchedulingModule(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteDbContext<SchedulingDbContext, SchedulingSqliteDbContext, SchedulingSqlServerDbContext>(Name);
        builder.AddSuiteMessagingFor<SchedulingDbContext>(bus =>
        {
            bus.AddConsumer<MakeAgentSchedulableWhenCertificationGranted>();
            bus.AddConsumer<StopSchedulingUncertifiedAgentWhenCertificationExpired>();
        });
        builder.Services.AddGrpc();
        builder.Services.AddSuiteOpenApi(Name, "Scheduling API",
            "Agents, teams and career levels; stores and queues; demand, staffing and rosters.");
        return builder;
    }

    public static IEndpointRouteBuilder MapSchedulingModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/scheduling")
            .WithGroupName(Name)
            .RequireAuthorization()
            .MapAgentEndpoints()
            .MapTeamEndpoints()
            .MapStoreEndpoints()
            .MapDemandEndpoints()
            .MapStaffingEndpoints()
            .MapWorkloadEndpoints()
            .MapTimeOffEndpoints()
            .MapTaskListEndpoints()
            .MapSwapEndpoints()
            .MapShiftTemplateEndpoints()
            .MapRosterEndpoints()
            .MapAgentShiftEndpoints()
            .MapCertificationEndpoints();
        endpoints.MapGrpcService<SchedulingGrpcService>();
        return endpoints;
    }
}
