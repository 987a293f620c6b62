using Suite.Complaints.Agents;
using Suite.Complaints.Api;
using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.Complaints.Domain.Compensation;
using Suite.Complaints.Grpc;
using Suite.Complaints.Intake;
using Suite.Contracts.Scheduling.V1;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;

namespace Suite.Complaints;

/// <summary>
/// Adds and maps the Complaints service. Its own Program and the embedded default host compose it
/// the same way, so both run the same code.
/// </summary>
public static class ComplaintsModule
{
    public const string Name = "complaints";

    /// <summary>The service-discovery name of Scheduling, which owns the agents complaints are filed against.</summary>
    private const string SchedulingServiceName = "scheduling";

    public static IHostApplicationBuilder AddComplaintsModule(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteDbContext<ComplaintsDbContext, ComplaintsSqliteDbContext, ComplaintsSqlServerDbContext>(Name);
        builder.AddSuiteMessagingFor<ComplaintsDbContext>();
        builder.Services.AddGrpc();
        builder.Services.AddSuiteGrpcClient<SchedulingService.SchedulingServiceClient>(SchedulingServiceName);
        builder.Services.AddScoped<IAgentDirectory, SchedulingAgentDirectory>();
        builder.Services.AddScoped<ServiceIdentity>();
        builder.Services.Configure<SlaClockOptions>(builder.Configuration.GetSection(SlaClockOptions.Section));
        builder.Services.AddSingleton<SlaClockRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SlaClockRunner>());
        builder.Services.AddScoped<ComplaintIntake>();
        builder.Services.Configure<CompensationOptions>(builder.Configuration.GetSection(CompensationOptions.Section));
        builder.Services.AddSuiteOpenApi(Name, "Complaints API",
            "Complaints from every channel and platform, their severity and handling; what other services ask about complaints.");
        return builder;
    }

    public static IEndpointRouteBuilder MapComplaintsModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/complaints")
            .WithGroupName(Name)
            .RequireAuthorization()
            .MapComplaintEndpoints()
            .MapSlaEndpoints()
            .MapCompensationEndpoints()
            .MapEscalationEndpoints()
            .MapRoutingEndpoints()
            .MapCallbackEndpoints()
            .MapReportEndpoints();
        endpoints.MapGrpcService<ComplaintsGrpcService>();
        return endpoints;
    }
}
