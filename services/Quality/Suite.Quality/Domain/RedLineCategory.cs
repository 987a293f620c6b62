namespace Suite.Quality.Domain;

/// <summary>The kinds of platform red line an agent's message can cross.</summary>
public enum RedLineCategory
{
    /// <summary>Insulting or abusing the customer.</summary>
    Abuse = 1,

    /// <summary>Moving the customer off the platform: a WeChat id, a phone number, "add me on WeChat".</summary>
    OffPlatform,

    /// <summary>Absolute claims that advertising law forbids: 最好, 第一, 100%, "best".</summary>
    AbsoluteAdvertising,
}
