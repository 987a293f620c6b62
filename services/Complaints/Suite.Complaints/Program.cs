using Suite.Complaints;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddComplaintsModule();
builder.AddSuiteMessaging();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSuiteOpenApi();
app.MapComplaintsModule();
app.MapSuiteDeadLetters<Suite.Complaints.Data.ComplaintsDbContext>(ComplaintsModule.Name);
app.Run();
