namespace Suite.Complaints.Domain;

/// <summary>Why a complaint is major: any one of them makes it P1 and sends it up the chain.</summary>
public enum MajorReason
{
    Safety = 1,
    Legal = 2,
    Media = 3,
    Vip = 4,
    RepeatComplainant = 5,
    CompensationOverThreshold = 6,
}
