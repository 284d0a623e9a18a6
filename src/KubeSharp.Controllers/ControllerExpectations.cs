using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Controllers;

/// <summary>
/// Upstream's <c>controller.ControllerExpectations</c>: a controller that created or deleted pods records how many
/// it expects to see come back through its informer, and skips the next sync (so it does not act twice on a stale
/// cache) until they are all observed or the expectation is five minutes old.
/// </summary>
public sealed partial class ControllerExpectations(TimeProvider time, ILogger? logger = null)
{
    /// <summary>As upstream: an expectation older than this is treated as satisfied, so a lost event cannot wedge a controller.</summary>
    public static readonly TimeSpan ExpectationsTimeout = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ControlleeExpectations> _store = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public ControlleeExpectations? GetExpectations(string controllerKey) => _store.GetValueOrDefault(controllerKey);

    /// <summary>
    /// True when the controller may sync: its expectations are fulfilled or expired, or it has none (a new
    /// controller, or one whose expectations were deleted because it was).
    /// </summary>
    public bool SatisfiedExpectations(string controllerKey)
    {
        if (_store.TryGetValue(controllerKey, out var expectations))
        {
            if (expectations.Fulfilled())
            {
                LogSatisfied(controllerKey, expectations.Add, expectations.Del);
                return true;
            }

            if (time.GetUtcNow() - expectations.Timestamp > ExpectationsTimeout)
            {
                LogExpired(controllerKey);
                return true;
            }

            LogNotSatisfied(controllerKey, expectations.Add, expectations.Del);
            return false;
        }

        return true;
    }

    public void DeleteExpectations(string controllerKey) => _store.TryRemove(controllerKey, out _);

    public void SetExpectations(string controllerKey, int add, int del) =>
        _store[controllerKey] = new ControlleeExpectations(controllerKey, add, del, time.GetUtcNow());

    public void ExpectCreations(string controllerKey, int adds) => SetExpectations(controllerKey, adds, 0);

    public void ExpectDeletions(string controllerKey, int dels) => SetExpectations(controllerKey, 0, dels);

    /// <summary>One expected creation was seen (or will never happen because the create failed).</summary>
    public void CreationObserved(string controllerKey) => LowerExpectations(controllerKey, 1, 0);

    public void DeletionObserved(string controllerKey) => LowerExpectations(controllerKey, 0, 1);

    public void LowerExpectations(string controllerKey, int add, int del)
    {
        if (_store.TryGetValue(controllerKey, out var expectations))
        {
            expectations.Lower(add, del);
        }
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Controller expectations fulfilled for {Key}: add {Add}, del {Del}")]
    private partial void LogSatisfied(string key, long add, long del);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Controller expectations expired for {Key}")]
    private partial void LogExpired(string key);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Controller {Key} still waiting on expectations: add {Add}, del {Del}")]
    private partial void LogNotSatisfied(string key, long add, long del);
}
