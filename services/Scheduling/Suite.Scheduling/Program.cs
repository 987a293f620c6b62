using Suite.Scheduling;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSchedulingModule();
builder.AddSuiteMessaging();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSuiteOpenApi();
app.MapSchedulingModule();
app.MapSuiteDeadLetters<Suite.Scheduling.Data.SchedulingDbContext>(SchedulingModule.Name);
app.Run();
