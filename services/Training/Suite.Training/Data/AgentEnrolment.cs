using Suite.Training.Domain;

namespace Suite.Training.Data;

/// <summary>An enrolment with the name of its path, which every reader of an agent's enrolments shows.</summary>
public sealed record AgentEnrolment(Enrolment Enrolment, string LearningPathName);
