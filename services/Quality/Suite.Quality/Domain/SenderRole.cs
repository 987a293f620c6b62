namespace Suite.Quality.Domain;

/// <summary>Who wrote a message of a transcript. Numbering starts at 1 so that an unset value is never a role.</summary>
public enum SenderRole
{
    Customer = 1,
    Agent,
    System,
}
