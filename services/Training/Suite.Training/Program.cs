using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Messaging;
using Suite.Training;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddTrainingModule();
builder.AddSuiteMessaging();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapSuiteOpenApi();
app.MapTrainingModule();
app.MapSuiteDeadLetters<Suite.Training.Data.TrainingDbContext>(TrainingModule.Name);
app.Run();
