namespace Suite.Standalone;

/// <summary>A person of the demo centre the console can sign in as, with a ready-made token.</summary>
internal sealed record DemoIdentity(string Role, string Name, string Token);

/// <summary>
/// The demo identities the console offers on its sign-in page. Filled once the demo tenant is seeded
/// (an agent's identity needs the agent id Scheduling gave it); empty until then.
/// </summary>
internal sealed class DemoIdentities
{
    private volatile IReadOnlyList<DemoIdentity> _current = [];

    public IReadOnlyList<DemoIdentity> Current => _current;

    public void Publish(IReadOnlyList<DemoIdentity> identities) => _current = identities;
}
