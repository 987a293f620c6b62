namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private static readonly string[] DisputeReasons =
    [
        "顾客当时在催单，我是先处理的订单问题，不是没打招呼", "这个回复是按照店铺活动规则说的，不算违规", "响应慢是因为系统卡顿，有截图",
        "顾客问的是赠品，不属于推荐商品的场景",
    ];

    // The agents answer their evaluations: about half acknowledge, a few dispute (more often when a red
    // line cost them the whole score), and a team leader reviews half of the disputes, upholding some
    // scores and re-scoring others. The rest stay completed, waiting for the agent.
    private async Task EvaluationResponsesAsync(CancellationToken cancellationToken)
    {
        var byId = _plan.Agents.ToDictionary(agent => _agentIds[agent.EmployeeNumber]);
        var reviewer = _plan.Agents.First(agent => agent.Level == "team-leader");
        var reviewerToken = _tokens.TeamLeader($"leader-{reviewer.EmployeeNumber}", reviewer.Name);
        // The console's agent finds one evaluation waiting for it, one it acknowledged and one it disputed.
        var consoleAgent = _agentIds[ConsoleAgent.EmployeeNumber];
        var own = _evaluations.Where(evaluation => evaluation.AgentId == consoleAgent).Select(evaluation => evaluation.Id).ToList();
        await ForEachAsync("Answering evaluations", _evaluations, async (evaluation, random) =>
        {
            var agent = byId[evaluation.AgentId];
            var path = $"/api/quality/evaluations/{evaluation.Id}";
            var roll = own.IndexOf(evaluation.Id) switch
            {
                0 => 1.0,
                1 => 0.5,
                2 => 0.0,
                _ => random.NextDouble(),
            };
            if (roll < (evaluation.CrossedRedLine ? 0.15 : 0.04))
            {
                await api.PostAsync($"{path}/dispute", new { reason = DisputeReasons[random.Next(DisputeReasons.Length)] }, cancellationToken, AgentToken(agent));
                if (!own.Contains(evaluation.Id) && random.NextDouble() < 0.5)
                {
                    var upheld = random.NextDouble() < 0.6;
                    await api.PostAsync($"{path}/review", new
                    {
                        answers = upheld ? null : new Dictionary<string, string>
                        {
                            ["greeting"] = "met", ["response-speed"] = "met", ["accurate"] = "met",
                            ["follow-up"] = "met", ["upsell"] = "not-met", ["no-red-line"] = evaluation.CrossedRedLine ? "not-met" : "met",
                        },
                        comment = upheld ? "复核后维持原评分" : "复核后调整评分，感谢反馈",
                    }, cancellationToken, reviewerToken);
                }
            }
            else if (roll < 0.55)
            {
                await api.PostAsync($"{path}/acknowledge", new { }, cancellationToken, AgentToken(agent));
            }
        });
    }

    // Calibration: team leaders score the same chat blind against the chat scorecard, the first of them
    // the reference. The first session is closed, so its agreement report shows; the second is still
    // open with two leaders to go.
    private async Task CalibrationsAsync(CancellationToken cancellationToken)
    {
        var leaders = _plan.Agents.Where(agent => agent.Level == "team-leader").ToList();
        var sessions = new[]
        {
            (Conversation: _evaluations.First(evaluation => evaluation.CrossedRedLine).ConversationId, Leaders: leaders.Take(4).ToList(), Close: true),
            (Conversation: _evaluations.First(evaluation => !evaluation.CrossedRedLine).ConversationId, Leaders: leaders.Skip(4).Take(5).ToList(), Close: false),
        };
        var random = new Random(seed ^ StableHash("calibration"));
        // Two leaders of the open session have still to score.
        progress.Start("Calibrating evaluators", sessions.Sum(session => session.Close ? session.Leaders.Count : session.Leaders.Count - 2));
        var scored = 0;
        foreach (var (conversation, evaluators, close) in sessions)
        {
            var subjects = evaluators.Select(leader => $"leader-{leader.EmployeeNumber}").ToList();
            var session = await api.PostAsync("/api/quality/calibrations", new
            {
                conversationId = conversation,
                scorecardId = _scorecardId,
                evaluatorIds = subjects,
                referenceEvaluatorId = subjects[0],
            }, cancellationToken);
            var scoring = close ? evaluators : evaluators.Take(evaluators.Count - 2);
            foreach (var leader in scoring)
            {
                // Leaders agree on the red line and the greeting, less on judgement calls.
                await api.PostAsync($"/api/quality/calibrations/{IdOf(session)}/scorings", new
                {
                    answers = new Dictionary<string, string>
                    {
                        ["greeting"] = "met",
                        ["response-speed"] = random.NextDouble() < 0.7 ? "met" : "not-met",
                        ["accurate"] = random.NextDouble() < 0.6 ? "met" : "not-met",
                        ["follow-up"] = random.NextDouble() < 0.5 ? "met" : "not-applicable",
                        ["upsell"] = random.NextDouble() < 0.3 ? "met" : "not-met",
                        ["no-red-line"] = close ? "not-met" : "met",
                    },
                }, cancellationToken, _tokens.TeamLeader($"leader-{leader.EmployeeNumber}", leader.Name));
                progress.Report(++scored);
            }

            if (close)
            {
                await api.PostAsync($"/api/quality/calibrations/{IdOf(session)}/close", new { }, cancellationToken);
            }
        }
    }
}
