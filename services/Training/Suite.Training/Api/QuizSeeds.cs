namespace Suite.Training.Api;

/// <summary>Where each attempt's draw seed comes from; tests replace it to pin the draw.</summary>
public interface IQuizSeeds
{
    int Next();
}

internal sealed class RandomQuizSeeds : IQuizSeeds
{
    public int Next() => Random.Shared.Next();
}
