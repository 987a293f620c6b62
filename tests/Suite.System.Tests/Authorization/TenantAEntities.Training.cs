namespace Suite.SystemTests.Authorization;

/// <summary>Training's records of the owning tenant: courseware, quizzes and what they certify, drills, enrolments.</summary>
internal sealed partial class TenantAEntities
{
    private async Task CreateTrainingAsync(HttpClient client, Func<Guid, HttpClient> agent)
    {
        const string training = "/api/training";
        Key($"{training}/agents/{{agentId}}", AgentId.ToString(), UnknownAgentId.ToString());
        var pathId = await CreatedAsync(client, $"{training}/learning-paths", new
        {
            name = $"{Marker} red-line refresher",
            description = "Platform rules and red lines.",
            kind = "remedial",
            dueAfterDays = 7,
            isDefaultOnboarding = false,
        });
        Key($"{training}/learning-paths/{{id}}", pathId);
        _readbacks.Add($"{training}/learning-paths/{pathId}/courses");

        var courseId = await CreatedAsync(client, $"{training}/courses", new { title = $"{Marker} after-sales standards", category = "after-sales" });
        Key($"{training}/courses/{{id}}", courseId);
        Key($"{training}/courses/{{courseId}}", courseId);
        await Send.PostAsync(client, $"{training}/courses/{courseId}/versions", new
        {
            lessons = new[] { new { title = $"{Marker} refunds", markdown = "Refund within 48 hours of the return arriving." } },
        });
        Key($"{training}/courses/{{id}}/versions/{{number}}", "1", "1");
        _readbacks.Add($"{training}/courses/{courseId}/versions/1");
        await Send.PutAsync(client, $"{training}/courses/{courseId}/assessment",
            new { questionsPerAttempt = 1, timeLimitMinutes = 30, maxAttempts = 3, passMarkPercent = 50, certificationValidityDays = 365 });
        var question = await Send.PostAsync(client, $"{training}/courses/{courseId}/questions",
            new { kind = "true-false", text = $"{Marker}: a refund waits for the return to arrive.", correctValue = true });
        _ids.Add(question.GetProperty("id").GetString()!);
        _readbacks.Add($"{training}/courses/{courseId}/questions");

        var attempt = await Send.PostAsync(agent(AgentId), $"{training}/courses/{courseId}/attempts", new { agentId = AgentId });
        var attemptId = attempt.GetProperty("id").GetString()!;
        var questionId = attempt.GetProperty("questions")[0].GetProperty("id").GetString()!;
        await Send.PostAsync(agent(AgentId), $"{training}/attempts/{attemptId}/submission", new { answers = new[] { new { questionId, value = true } } });
        Key($"{training}/attempts/{{id}}", attemptId);
        _readbacks.Add($"{training}/attempts/{attemptId}");
        var certifications = await Send.GetAsync(client, $"{training}/agents/{AgentId}/certifications");
        Key($"{training}/certifications/{{id}}", FirstId(certifications));
        _readbacks.Add($"{training}/agents/{AgentId}/certifications");

        var scenarioId = await CreatedAsync(client, $"{training}/scenarios", new
        {
            title = $"{Marker} parcel lost",
            category = "after-sales",
            customerPersona = "A regular buyer, angry and threatening a bad review.",
            situation = "The courier marked the parcel delivered; the customer never received it.",
            keyPoints = new[] { "Apologise", "Check the courier record", "Offer a reship or refund" },
        });
        Key($"{training}/scenarios/{{id}}", scenarioId);
        var drillId = await CreatedAsync(client, $"{training}/drills", new { scenarioId, agentId = AgentId, evaluatorId = _teamLeaderId });
        Key($"{training}/drills/{{id}}", drillId);

        var enrolment = await Send.PostAsync(client, $"{training}/enrolments", new { agentId = AgentId, learningPathId = pathId, reason = $"{Marker} refresher" });
        var enrolmentId = enrolment.GetProperty("id").GetString()!;
        Key($"{training}/enrolments/{{id}}", enrolmentId);
        _readbacks.Add($"{training}/enrolments/{enrolmentId}/progress");

        var ruleId = (await Send.PostAsync(client, $"{training}/remedial-rules", new { kind = "low-score", courseId, dueAfterDays = 7, scoreBelow = 60 }))
            .GetProperty("id").GetString()!;
        Key($"{training}/remedial-rules/{{id}}", ruleId);
        _readbacks.Add($"{training}/remedial-rules");
    }
}
