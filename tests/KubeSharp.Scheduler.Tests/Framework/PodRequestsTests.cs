using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Tests.Framework;

public class PodRequestsTests
{
    public static TheoryData<string, PodBuilder, long, long> Cases => new()
    {
        { "sum of containers", PodBuilder.Make("p").Req(("cpu", "100m"), ("memory", "1Ki")).Req(("cpu", "200m")), 300, 1024 },
        { "init container larger than app containers wins", PodBuilder.Make("p").Req(("cpu", "100m")).InitReq(false, ("cpu", "500m")), 500, 0 },
        { "init container smaller than app containers", PodBuilder.Make("p").Req(("cpu", "800m")).InitReq(false, ("cpu", "500m")), 800, 0 },
        { "sidecar adds to app containers", PodBuilder.Make("p").Req(("cpu", "100m")).InitReq(true, ("cpu", "200m")), 300, 0 },
        { "init after sidecar runs with it", PodBuilder.Make("p").Req(("cpu", "100m")).InitReq(true, ("cpu", "200m")).InitReq(false, ("cpu", "500m")), 700, 0 },
        { "overhead is added", PodBuilder.Make("p").Req(("cpu", "100m")).Overhead(("cpu", "50m"), ("memory", "10")), 150, 10 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_Cases_UpstreamPodRequests(string name, PodBuilder pod, long milliCpu, long memory)
    {
        var requests = PodRequests.Compute(pod.Obj());

        Assert.True(milliCpu == requests.MilliCPU, name);
        Assert.Equal(memory, requests.Memory);
    }

    [Fact]
    public void ComputeNonZero_ContainerWithoutRequests_UsesDefaults()
    {
        var requests = PodRequests.ComputeNonZero(PodBuilder.Make("p").Req().Req(("cpu", "0")).Obj());

        Assert.Equal(PodRequests.DefaultMilliCPURequest, requests.MilliCPU);
        Assert.Equal(2 * PodRequests.DefaultMemoryRequest, requests.Memory);
    }
}
