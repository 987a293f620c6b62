namespace Suite.Training.Domain;

/// <summary>The kinds of courseware a customer-service training lead keeps (seed 002). Values start at 1 so a missing category is refused.</summary>
public enum CourseCategory
{
    /// <summary>Product knowledge in the reception flow, recommending, urging payment.</summary>
    PreSales = 1,

    /// <summary>Returns, refunds, bad-review callbacks, complaints.</summary>
    AfterSales = 2,

    /// <summary>The platforms' rules and the red lines that must never be crossed.</summary>
    PlatformRulesAndRedLines = 3,

    /// <summary>What agents are appraised on: response time, conversion, satisfaction, QA score.</summary>
    KpisAndPerformance = 4,

    ProductKnowledge = 5,

    /// <summary>Communication, handling pressure and emotional resilience.</summary>
    SoftSkillsAndEmotionalResilience = 6,
}
