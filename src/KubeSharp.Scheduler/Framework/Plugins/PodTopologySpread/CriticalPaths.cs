namespace KubeSharp.Scheduler.Framework.Plugins.PodTopologySpread;

/// <summary>
/// The two domains with the fewest matching pods (upstream's criticalPaths): enough to know the global
/// minimum after any single increment or decrement, without rescanning every domain per node.
/// </summary>
internal sealed class CriticalPaths
{
    private (string TopologyValue, int MatchNum) _first = ("", int.MaxValue);
    private (string TopologyValue, int MatchNum) _second = ("", int.MaxValue);

    public int MinMatchNum => _first.MatchNum;

    public CriticalPaths Clone() => new() { _first = _first, _second = _second };

    /// <summary>Upstream's criticalPaths.update.</summary>
    public void Update(string topologyValue, int matchNum)
    {
        var index = topologyValue == _first.TopologyValue ? 0 : topologyValue == _second.TopologyValue ? 1 : -1;
        if (index >= 0)
        {
            if (index == 0)
            {
                _first.MatchNum = matchNum;
            }
            else
            {
                _second.MatchNum = matchNum;
            }

            if (_first.MatchNum > _second.MatchNum)
            {
                (_first, _second) = (_second, _first);
            }

            return;
        }

        if (matchNum < _first.MatchNum)
        {
            _second = _first;
            _first = (topologyValue, matchNum);
        }
        else if (matchNum < _second.MatchNum)
        {
            _second = (topologyValue, matchNum);
        }
    }
}
