namespace Suite.Quality.Api;

/// <summary>Which calibration sessions a list asks for: still being scored (open) or reported (closed).</summary>
public enum CalibrationState
{
    Open = 1,
    Closed,
}
