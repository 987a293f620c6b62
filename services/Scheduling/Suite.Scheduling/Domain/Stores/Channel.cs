namespace Suite.Scheduling.Domain.Stores;

/// <summary>How a store's customers reach it; chat is the platforms' own messenger (Wangwang, Dongdong).</summary>
public enum Channel
{
    Chat = 1,
    Voice = 2,
    Email = 3,
    SocialMedia = 4,
}
