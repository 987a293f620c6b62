using Suite.Contracts.Scheduling.V1;
using Suite.Contracts.Training.V1;
using Suite.Quality.Api;
using Suite.Quality.Data;
using Suite.Quality.Grpc;
using Suite.Quality.Messaging;
using Suite.Quality.Peers;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;

namespace Suite.Quality;

/// <summary>
/// Adds and maps the Quality service. Its own Program and the embedded default host compose it
/// the same way, so both run the same code.
/// </summary>
public static class QualityModule
{
    public const string Name = "quality";

    public static IHostApplicationBuilder AddQualityModule(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteDbContext<QualityDbContext, QualitySqliteDbContext, QualitySqlServerDbContext>(Name);
        builder.AddSuiteMessagingFor<QualityDbContext>(bus =>
        {
            bus.AddConsumer<RecordComplaintOnLedgerWhenComplaintFiled>();
            bus.AddConsumer<DeductOnLedgerWhenComplaintUpheldAgainstAgent>();
            bus.AddConsumer<RecordLevelSinceWhenAgentLevelChanged>();
        });
        builder.Services.AddScoped<ConversationIngestion>();
        builder.Services.AddSuiteGrpcClient<SchedulingService.SchedulingServiceClient>("scheduling");
        builder.Services.AddSuiteGrpcClient<TrainingService.TrainingServiceClient>("training");
        builder.Services.AddScoped<CentreRoster>();
        builder.Services.AddScoped<TrainingRecords>();
        builder.Services.AddScoped<MonthlyAppraisalRun>();
        builder.Services.AddGrpc();
        builder.Services.AddSuiteOpenApi(Name, "Quality API",
            "Chat transcripts and their automatic inspection (response times, greetings, red lines); each agent's appraisal " +
            "ledger: the complaints, evaluations and other facts the monthly appraisal weighs; the monthly appraisal itself.");
        return builder;
    }

    public static IEndpointRouteBuilder MapQualityModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/quality")
            .WithGroupName(Name)
            .RequireAuthorization()
            .MapLedgerEndpoints()
            .MapConversationEndpoints()
            .MapAutoQaPolicyEndpoints()
            .MapScorecardEndpoints()
            .MapEvaluationEndpoints()
            .MapCalibrationEndpoints()
            .MapSamplingEndpoints()
            .MapKpiEndpoints()
            .MapReportEndpoints()
            .MapAppraisalEndpoints();
        endpoints.MapGrpcService<QualityGrpcService>();
        endpoints.MapGrpcService<TranscriptIngestionGrpcService>();
        return endpoints;
    }
}
