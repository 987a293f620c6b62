using Suite.Quality;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddQualityModule();
builder.AddSuiteMessaging();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSuiteOpenApi();
app.MapQualityModule();
app.MapSuiteDeadLetters<Suite.Quality.Data.QualityDbContext>(QualityModule.Name);
app.Run();
