import Cml
import CMLKit
import XCTest

final class SignInTests: HubTestCase {
    @MainActor
    func testAWrongPinIsSaidInPlainWordsAndTheRightOneSignsIn() async throws {
        let core = try phone()
        let vm = SignInViewModel(core: core)
        vm.send(.setCard(Demo.member.0))
        vm.send(.setPin("0000"))
        await vm.send(.signIn).value
        let problem = try XCTUnwrap(vm.state.status.problem)
        XCTAssertTrue(problem.text.contains("do not match"), problem.text)
        XCTAssertNil(vm.state.signedInAs)

        var heard: String?
        vm.onSignedIn = { heard = $0.name }
        vm.send(.setPin(Demo.member.1))
        await vm.send(.signIn).value
        XCTAssertNil(vm.state.status.problem)
        XCTAssertEqual(vm.state.signedInAs, "Margaret Hughes")
        XCTAssertEqual(heard, "Margaret Hughes")
        XCTAssertEqual(vm.state.pin, "", "the PIN does not stay on the screen")
        XCTAssertFalse(vm.state.status.busy)
    }

    @MainActor
    func testAMalformedCardPointsAtTheCardField() async throws {
        let vm = SignInViewModel(core: try phone())
        vm.send(.setCard("12ab"))
        vm.send(.setPin("1234"))
        await vm.send(.signIn).value
        XCTAssertEqual(vm.state.status.problem?.field, "card")
    }
}
