using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Scheduling.Domain.Staffing;

namespace Suite.Scheduling.Api;

public static class StaffingEndpoints
{
    public static RouteGroupBuilder MapStaffingEndpoints(this RouteGroupBuilder group)
    {
        group.MapGroup("/staffing").WithTags("Staffing")
            .MapPost("/erlang-c", CalculateErlangC)
            .WithSummary("Required agents with Erlang C")
            .WithDescription(
                "Required and scheduled agents for one interval from contacts, interval length, AHT, service-level target "
                + "(serviceLevelTarget answered within serviceLevelSeconds), maximum occupancy, shrinkage and chat concurrency; "
                + "with agents, how that head count performs instead. Changes nothing.");
        return group;
    }

    private static Results<Ok<ErlangCResponse>, ValidationProblem> CalculateErlangC(ErlangCRequest request)
    {
        var missing = new Dictionary<string, string[]>();
        Require(missing, "contacts", request.Contacts);
        Require(missing, "intervalSeconds", request.IntervalSeconds);
        Require(missing, "ahtSeconds", request.AhtSeconds);
        Require(missing, "serviceLevelTarget", request.ServiceLevelTarget);
        Require(missing, "serviceLevelSeconds", request.ServiceLevelSeconds);
        var question = new StaffingQuestion(
            request.Contacts ?? 0,
            request.IntervalSeconds ?? 1,
            request.AhtSeconds ?? 1,
            request.ServiceLevelTarget ?? 0.5,
            request.ServiceLevelSeconds ?? 0,
            request.MaxOccupancy ?? 1.0,
            request.Shrinkage ?? 0.0,
            request.Concurrency ?? 1.0,
            request.Agents);
        var errors = missing.Count == 0 ? StaffingRules.Validate(question) : StaffingRules.ValidateRanges(question);
        foreach (var (field, messages) in missing)
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The staffing question is not valid.");
        }

        var answer = StaffingCalculator.Calculate(question);
        return TypedResults.Ok(new ErlangCResponse(
            answer.RequiredAgents, answer.ScheduledAgents, answer.ServiceLevel, answer.AverageSpeedOfAnswerSeconds,
            answer.Occupancy, answer.WaitProbability, answer.EvaluatedAgents, answer.TrafficErlangs));
    }

    private static void Require(Dictionary<string, string[]> errors, string field, double? value)
    {
        if (value is null)
        {
            errors[field] = [$"{field} is required."];
        }
    }
}
