using Suite.Contracts.Scheduling.V1;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;
using Suite.Training.Agents;
using Suite.Training.Api;
using Suite.Training.Data;
using Suite.Training.Grpc;
using Suite.Training.Jobs;
using Suite.Training.Messaging;

namespace Suite.Training;

/// <summary>
/// Adds and maps the Training service. Its own Program and the embedded default host compose it
/// the same way, so both run the same code.
/// </summary>
public static class TrainingModule
{
    public const string Name = "training";

    /// <summary>The service-discovery name of Scheduling, which owns the agents and the teams they belong to.</summary>
    private const string SchedulingServiceName = "scheduling";

    public static IHostApplicationBuilder AddTrainingModule(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteDbContext<TrainingDbContext, TrainingSqliteDbContext, TrainingSqlServerDbContext>(Name);
        builder.AddSuiteMessagingFor<TrainingDbContext>(bus =>
        {
            bus.AddConsumer<EnrolInOnboardingWhenAgentHired>();
            bus.AddConsumer<AssignRemedialCourseWhenEvaluationFlagsAgent>();
            bus.AddConsumer<AssignRemedialCourseWhenComplaintUpheldAgainstAgent>();
        });
        builder.Services.AddSuiteGrpcClient<SchedulingService.SchedulingServiceClient>(SchedulingServiceName);
        builder.Services.AddScoped<IAgentDirectory, SchedulingAgentDirectory>();
        builder.Services.AddSingleton<IQuizSeeds, RandomQuizSeeds>();
        builder.Services.AddSingleton<CertificationExpiryJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<CertificationExpiryJob>());
        builder.Services.AddGrpc();
        builder.Services.AddSuiteOpenApi(Name, "Training API",
            "Learning paths and enrolments (every new hire is enrolled in their tenant's onboarding path); courses with " +
            "versioned courseware; quizzes drawn from a question bank; certifications and their expiry; remedial courses " +
            "assigned after red lines, low QA scores and upheld complaints.");
        return builder;
    }

    public static IEndpointRouteBuilder MapTrainingModule(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/training")
            .WithGroupName(Name)
            .RequireAuthorization()
            .MapLearningPathEndpoints()
            .MapEnrolmentEndpoints()
            .MapCourseEndpoints()
            .MapLearningPathCourseEndpoints()
            .MapQuestionEndpoints()
            .MapAttemptEndpoints()
            .MapCertificationEndpoints()
            .MapRemedialEndpoints()
            .MapReportEndpoints()
            .MapDrillEndpoints();
        endpoints.MapGrpcService<TrainingGrpcService>();
        return endpoints;
    }
}
