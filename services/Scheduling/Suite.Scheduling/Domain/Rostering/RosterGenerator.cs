namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// Builds a roster in two deterministic phases.
/// <para>Construction: repeatedly take the (shift, queue) pair that would close the most under-covered
/// intervals (ties: the larger total shortfall, then the fewer wasted intervals) and give it to the
/// agent who fits every rule and is least needed elsewhere (fewest other queues), with fair turns of
/// late and weekend shifts, preferred templates and the fewest hours so far breaking ties; the seeded
/// shuffle breaks the rest. A pair nobody can take is set aside.</para>
/// <para>Improvement: each assignment is taken out and the agent's best (shift, queue) put back if it
/// closes more shortfall, or as much with less over-coverage; assignments that cover nothing are dropped.
/// Freed capacity is then offered to construction again. The work is bounded by
/// <see cref="RosterProblem.ImprovementBudget"/>, never by the clock.</para>
/// </summary>
public static class RosterGenerator
{
    public static RosterResult Generate(RosterProblem problem)
    {
        var model = new RosterModel(problem);
        var state = new RosterState(model);
        Construct(model, state);
        var budget = problem.ImprovementBudget;
        while (budget > 0 && Improve(model, state, ref budget))
        {
            Construct(model, state);
        }

        var assignments = state.Assignments()
            .Select(pair => new RosterAssignmentPlan(model.Agents[pair.Agent].Id, model.Queues[pair.Queue].Id, model.Shifts[pair.Shift]))
            .ToList();
        return new RosterResult(assignments, RosterEvaluator.Evaluate(model, assignments));
    }

    private static void Construct(RosterModel model, RosterState state)
    {
        var blocked = new bool[model.Shifts.Length * model.QueueCount];
        while (true)
        {
            var best = -1;
            var bestGain = 0;
            long bestShortfall = 0;
            var bestWaste = int.MaxValue;
            for (var s = 0; s < model.Shifts.Length; s++)
            {
                var worked = model.Worked[s];
                for (var q = 0; q < model.QueueCount; q++)
                {
                    if (blocked[s * model.QueueCount + q])
                    {
                        continue;
                    }

                    var required = model.Required[q];
                    var scheduled = state.Scheduled[q];
                    var gain = 0;
                    long shortfall = 0;
                    foreach (var t in worked)
                    {
                        var missing = required[t] - scheduled[t];
                        if (missing > 0)
                        {
                            gain++;
                            shortfall += missing;
                        }
                    }

                    var waste = worked.Length - gain;
                    if (gain > bestGain
                        || gain == bestGain && gain > 0 && (shortfall > bestShortfall || shortfall == bestShortfall && waste < bestWaste))
                    {
                        (best, bestGain, bestShortfall, bestWaste) = (s * model.QueueCount + q, gain, shortfall, waste);
                    }
                }
            }

            if (best < 0)
            {
                return;
            }

            var (shift, queue) = (best / model.QueueCount, best % model.QueueCount);
            var agent = PickAgent(model, state, shift, queue);
            if (agent < 0)
            {
                blocked[best] = true;
                continue;
            }

            state.Add(agent, shift, queue);
        }
    }

    private static int PickAgent(RosterModel model, RosterState state, int shift, int queue)
    {
        var planned = model.Shifts[shift];
        var best = -1;
        foreach (var a in state.AgentsByQueue[queue])
        {
            if (!model.CanServe(a, shift, queue) || state.WorksOn(a, planned.Day)
                || model.Checker.FirstSequenceViolation(model.Agents[a], planned, state.ShiftsOf(a)) is not null)
            {
                continue;
            }

            if (best < 0 || state.Prefer(a, best, planned))
            {
                best = a;
            }
        }

        return best;
    }

    /// <summary>One pass over the assignments; true when anything changed.</summary>
    private static bool Improve(RosterModel model, RosterState state, ref long budget)
    {
        var changed = false;
        foreach (var (agent, shift, queue) in state.Assignments())
        {
            if (budget <= 0)
            {
                break;
            }

            var loss = state.Loss(shift, queue);
            var waste = model.Worked[shift].Length - loss;
            state.Remove(agent, shift, queue);
            if (loss == 0)
            {
                changed = true;
                continue;
            }

            var (bestShift, bestQueue, bestGain, bestWaste) = (shift, queue, loss, waste);
            var others = state.ShiftsOf(agent);
            for (var s = 0; s < model.Shifts.Length; s++)
            {
                if (!model.Available[agent][s] || state.WorksOn(agent, model.Shifts[s].Day))
                {
                    continue;
                }

                var checkedRules = false;
                foreach (var q in model.SkilledQueues[agent])
                {
                    if (!model.Qualified[agent][s * model.QueueCount + q])
                    {
                        continue;
                    }

                    budget -= model.Worked[s].Length;
                    var gain = state.Gain(s, q);
                    var candidateWaste = model.Worked[s].Length - gain;
                    if (gain < bestGain || gain == bestGain && candidateWaste >= bestWaste)
                    {
                        continue;
                    }

                    if (!checkedRules)
                    {
                        if (model.Checker.FirstSequenceViolation(model.Agents[agent], model.Shifts[s], others) is not null)
                        {
                            break;
                        }

                        checkedRules = true;
                    }

                    (bestShift, bestQueue, bestGain, bestWaste) = (s, q, gain, candidateWaste);
                }
            }

            state.Add(agent, bestShift, bestQueue);
            changed |= bestShift != shift || bestQueue != queue;
        }

        return changed;
    }
}
