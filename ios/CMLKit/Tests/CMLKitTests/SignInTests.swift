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

    @MainActor
    func testJoiningIsCheckedFieldByFieldAndWaitsOnThePhoneWithNoSignal() async throws {
        // A new phone, nobody signed in: opening Join brings the libraries.
        let vm = JoinViewModel(core: try phone())
        await vm.send(.load).value
        XCTAssertEqual(vm.state.libraries.count, 8, vm.state.screenText)
        for (field, value) in [
            (JoinField.name, "Ewa Nowak"), (.address, "3 Station Road, Hednesford"), (.postcode, "WS12 4DH"),
            (.dateOfBirth, "1950-02-30"), (.homeLibrary, "HED"), (.pin, "2580"),
        ] {
            vm.send(.set(field, value))
        }
        await vm.send(.submit).value
        XCTAssertEqual(vm.state.status.problem?.field, "date_of_birth", vm.state.screenText)
        XCTAssertNil(vm.state.receipt)

        vm.send(.set(.dateOfBirth, "1950-02-28"))
        hub.stop()
        await vm.send(.submit).value
        XCTAssertNil(vm.state.status.problem)
        let receipt = try XCTUnwrap(vm.state.receipt)
        XCTAssertTrue(receipt.waiting, "sent at the next sync")
        XCTAssertFalse(receipt.message.isEmpty)
        XCTAssertEqual(vm.state.pin, "", "the PIN does not stay on the screen")
    }
}
