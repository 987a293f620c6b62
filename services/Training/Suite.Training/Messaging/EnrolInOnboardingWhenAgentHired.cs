using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Messaging;

/// <summary>
/// Enrols every new hire in their tenant's default onboarding path, due that path's number of days
/// after the hire date. The inbox makes a redelivered event harmless; the check below does the same
/// for a second event about the same hire, and the unique index settles a race between the two.
/// </summary>
public sealed class EnrolInOnboardingWhenAgentHired(TrainingDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<AgentHired, TrainingDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(AgentHired message, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var onboarding = await Db.LearningPaths.FirstOrDefaultAsync(path => path.IsDefaultOnboarding, cancellationToken);
        if (onboarding is null)
        {
            // A tenant's first hire must not wait for a supervisor to set up onboarding. Two first hires
            // at once both try this; the one-default index refuses the second, whose retry finds this path.
            onboarding = LearningPath.CreateStandardOnboarding(now);
            Db.LearningPaths.Add(onboarding);
        }
        else if (await Db.Enrolments.AnyAsync(
                     enrolment => enrolment.AgentId == message.AgentId && enrolment.LearningPathId == onboarding.Id,
                     cancellationToken))
        {
            return;
        }

        Db.Enrolments.Add(Enrolment.OnHire(message.AgentId, onboarding, message.HiredOn, now));
    }
}
