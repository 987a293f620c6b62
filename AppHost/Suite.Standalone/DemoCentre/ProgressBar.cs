namespace Suite.Standalone.DemoCentre;

/// <summary>
/// One line per stage that redraws itself on a terminal; when the output is redirected (a log, CI) it
/// prints a line at each tenth instead, so logs stay readable.
/// </summary>
internal sealed class ProgressBar(TextWriter output, bool interactive)
{
    private const int Width = 30;
    private string _stage = "";
    private int _total;
    private int _lastTenth = -1;

    public void Start(string stage, int total)
    {
        _stage = stage;
        _total = Math.Max(1, total);
        _lastTenth = -1;
        Report(0);
    }

    /// <summary>
    /// Ends a stage that did fewer items than it set out to (the services refused some candidates, or
    /// there were not enough): the bar closes at what was done, and says so.
    /// </summary>
    public void Finish(int done)
    {
        if (done >= _total)
        {
            return;
        }

        var planned = _total;
        _total = Math.Max(1, done);
        _lastTenth = -1;
        Report(done);
        if (interactive && done < _total)
        {
            output.WriteLine();
        }

        output.WriteLine($"  {_stage}: {done} of the {planned} planned: the services refused the other candidates, or there were no more.");
    }

    public void Report(int done)
    {
        var fraction = Math.Clamp((double)done / _total, 0, 1);
        if (interactive)
        {
            var filled = (int)Math.Round(fraction * Width);
            output.Write($"\r  {_stage,-28} [{new string('#', filled)}{new string('.', Width - filled)}] {done,6}/{_total,-6}");
            if (done >= _total)
            {
                output.WriteLine();
            }

            return;
        }

        var tenth = (int)(fraction * 10);
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine($"  {_stage}: {done}/{_total}");
        }
    }
}
