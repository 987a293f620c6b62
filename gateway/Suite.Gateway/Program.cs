using Suite.Gateway;
using Suite.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayModule();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapGatewayModule();
app.Run();
