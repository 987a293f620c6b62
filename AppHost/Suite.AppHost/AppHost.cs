using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Suite.AppHost;

var builder = DistributedApplication.CreateBuilder(args);
var isRunMode = builder.ExecutionContext.IsRunMode;

// Generated on first run and kept in user secrets, so `dotnet run` needs no setup and the SQL data volume keeps
// matching its SA password. No symbols: the password goes into connection strings unquoted. The SQL Server policy
// (three of upper, lower, digit, symbol) is met by the minimums.
var sqlPassword = builder.AddParameter("sql-password",
    new GenerateParameterDefault { MinLength = 24, Special = false, MinLower = 1, MinUpper = 1, MinNumeric = 1 },
    secret: true, persist: true);

// One HMAC key shared by the gateway and every service, because each of them validates the forwarded token.
var signingKey = builder.AddParameter("auth-signing-key",
    new GenerateParameterDefault { MinLength = 64, Special = false }, secret: true, persist: true);
var authIssuer = builder.AddParameter("auth-issuer");
var authAudience = builder.AddParameter("auth-audience");

// The management UI is where the error queues of failed messages can be inspected.
var messaging = builder.AddRabbitMQ("messaging").WithManagementPlugin();

// Aspire.Hosting.SqlServer is not available to this build, so SQL Server is a plain container with the same shape.
var sql = builder.AddContainer("sql", "mssql/server", "2022-latest")
    .WithImageRegistry("mcr.microsoft.com")
    .WithEnvironment("ACCEPT_EULA", "Y")
    .WithEnvironment("MSSQL_SA_PASSWORD", sqlPassword)
    .WithEndpoint(targetPort: 1433, scheme: "tcp", name: "tcp");
// The SA password is fixed when the volume is first created: delete the volume after changing sql-password.
sql.WithVolume(VolumeNameGenerator.Generate(sql, "data"), "/var/opt/mssql");

// A running container is not a server that accepts logins yet; services migrate on start, so they wait for this.
var tds = sql.GetEndpoint("tcp");
builder.Services.AddHealthChecks()
    .AddAsyncCheck("sql_ready", ct => SqlServerReadiness.CheckAsync(tds, ct), timeout: TimeSpan.FromSeconds(5));
sql.WithHealthCheck("sql_ready");

// One database per service on the shared server; each service creates its own through its migrations.
IResourceBuilder<ConnectionStringResource> Database(string name) =>
    builder.AddConnectionString($"{name}-db", ReferenceExpression.Create(
            $"Server={tds.Property(EndpointProperty.IPV4Host)},{tds.Property(EndpointProperty.Port)};" +
            $"Database={name};User ID=sa;Password={sqlPassword};TrustServerCertificate=true"))
        .WaitFor(sql);

// Configuration keys are case-insensitive: Replicas:Complaints in appsettings.json, Replicas__Complaints=3 in the
// environment or --Replicas:Complaints=3 on the command line.
int Replicas(string resourceName) => builder.Configuration.GetValue($"Replicas:{resourceName}", 1);

// Every host listens on two Kestrel endpoints: "http" (HTTP/1.1 REST) and "grpc" (cleartext HTTP/2, which a shared
// Http1AndHttp2 port cannot serve). The AppHost owns both addresses: Kestrel and launch-profile settings of the
// projects are ignored and Kestrel__Endpoints__{Http,Grpc}__Url are set from the allocated target ports, which DCP
// resolves per replica. Containers published elsewhere listen on fixed ports on all interfaces.
IResourceBuilder<ProjectResource> SuiteHost<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var listenHost = isRunMode ? "localhost" : "*";
    var project = builder.AddProject<TProject>(name, options =>
        {
            options.ExcludeLaunchProfile = true;
            options.ExcludeKestrelEndpoints = true;
        })
        .WithHttpEndpoint(name: "http", targetPort: isRunMode ? null : 8080)
        .WithHttpEndpoint(name: "grpc", targetPort: isRunMode ? null : 8081)
        .WithEndpoint("grpc", endpoint => endpoint.Transport = "http2")
        // Kestrel endpoints from configuration override ASPNETCORE_URLS/HTTP_PORTS anyway; don't emit them.
        .WithEndpointsInEnvironment(_ => false);
    var http = project.GetEndpoint("http");
    var grpc = project.GetEndpoint("grpc");

    if (isRunMode)
    {
        // Without a launch profile nothing else passes the environment on; published containers keep their own.
        project.WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);
    }

    return project
        .WithEnvironment("Kestrel__Endpoints__Http__Url",
            ReferenceExpression.Create($"http://{listenHost}:{http.Property(EndpointProperty.TargetPort)}"))
        .WithEnvironment("Kestrel__Endpoints__Grpc__Url",
            ReferenceExpression.Create($"http://{listenHost}:{grpc.Property(EndpointProperty.TargetPort)}"))
        .WithEnvironment("Kestrel__Endpoints__Grpc__Protocols", "Http2")
        .WithEnvironment("Auth__Issuer", authIssuer)
        .WithEnvironment("Auth__Audience", authAudience)
        .WithEnvironment("Auth__SigningKey", signingKey)
        .WithHttpHealthCheck("/health/ready", endpointName: "http");
}

IResourceBuilder<ProjectResource> Service<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = Database(name);
    return SuiteHost<TProject>(name)
        .WithReference(database, connectionName: name).WaitFor(database)
        .WithEnvironment("Database__Provider", "SqlServer")
        // Migrating at startup is for the local run only; a published deployment applies the migration scripts.
        .WithEnvironment("Database__MigrateOnStartup", isRunMode ? "true" : "false")
        .WithReference(messaging).WaitFor(messaging)
        .WithReplicas(Replicas(name));
}

var scheduling = Service<Projects.Suite_Scheduling>("scheduling");
var training = Service<Projects.Suite_Training>("training");
var quality = Service<Projects.Suite_Quality>("quality");
var complaints = Service<Projects.Suite_Complaints>("complaints");

// Services ask each other over gRPC only, so each gets the grpc endpoints it calls (services__{name}__grpc__0).
// No WaitFor between services: Scheduling and Training call each other.
scheduling.WithReference(training.GetEndpoint("grpc"));
training.WithReference(scheduling.GetEndpoint("grpc"));
quality.WithReference(training.GetEndpoint("grpc")).WithReference(complaints.GetEndpoint("grpc"));
complaints.WithReference(scheduling.GetEndpoint("grpc"));

// The gateway routes REST to the http endpoints and passes gRPC through to the grpc endpoints.
var gateway = SuiteHost<Projects.Suite_Gateway>("gateway")
    .WithExternalHttpEndpoints()
    .WithReplicas(Replicas("gateway"));
foreach (var service in new[] { scheduling, training, quality, complaints })
{
    gateway.WithReference(service).WaitFor(service);
}

builder.Build().Run();
