package org.communitylibrary.android

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.viewmodel.compose.viewModel
import androidx.navigation.NavHostController
import androidx.navigation.NavType
import androidx.navigation.compose.NavHost
import androidx.navigation.compose.composable
import androidx.navigation.compose.rememberNavController
import androidx.navigation.navArgument
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.AppSettings
import org.communitylibrary.ui.design.Strings
import org.communitylibrary.ui.screens.*

/**
 * Every screen by its route (Destination.route), each with its view model; navigation actions from the screens go
 * to the controller, platform actions to [platform], everything else to the view model.
 */
@Composable
fun AppNavHost(core: AppCore, settings: AppSettings, strings: Strings, platform: Platform, signedIn: Boolean, open: Pair<String, Long?>?, opened: () -> Unit) {
    val nav = rememberNavController()
    val scope = rememberCoroutineScope()
    val start = if (signedIn) Destination.Home.route else Destination.SignIn.route
    LaunchedEffect(open) {
        val (screen, id) = open ?: return@LaunchedEffect
        Destination.of(screen)?.let { nav.go(it, id) }
        opened()
    }
    NavHost(nav, startDestination = start) {
        composable(Destination.SignIn.route) {
            val vm = viewModel { SignInViewModel(core) }
            val s by vm.state.collectAsStateWithLifecycle()
            LaunchedEffect(s.signedInAs) { if (s.signedInAs != null) nav.navigate(Destination.Home.route) { popUpTo(0) } }
            SignInScreen(s) { a -> if (a is SignInAction.OpenJoin) nav.go(Destination.Join) else vm.onAction(a) }
        }
        composable(Destination.Home.route) {
            if (settings.simpleMode) {
                val vm = viewModel { SimpleHomeViewModel(core) }
                val s by vm.state.collectAsStateWithLifecycle()
                SimpleHomeScreen(s) { a ->
                    if (a is SimpleHomeAction.Press) a.button.phone?.let(platform::dial) ?: a.button.destination?.let { nav.go(it) }
                }
            } else {
                val vm = viewModel { HomeViewModel(core) }
                val s by vm.state.collectAsStateWithLifecycle()
                HomeScreen(s) { a -> if (a is HomeAction.Open) nav.go(a.destination, a.id) else vm.onAction(a) }
            }
        }
        composable(Destination.Search.route) {
            val vm = viewModel { SearchViewModel(core) }
            val s by vm.state.collectAsStateWithLifecycle()
            SearchScreen(s) { a ->
                when (a) {
                    is SearchAction.Open -> nav.go(Destination.Title, a.recordId)
                    SearchAction.ScanIsbn -> platform.scanIsbn { code -> vm.onAction(SearchAction.Scanned(code)) }
                    else -> vm.onAction(a)
                }
            }
        }
        composable(Destination.Title.route + "/{id}", listOf(navArgument("id") { type = NavType.LongType })) { entry ->
            val id = entry.arguments?.getLong("id") ?: 0L
            val vm = viewModel(key = "title-$id") { TitleViewModel(core, id) }
            val s by vm.state.collectAsStateWithLifecycle()
            TitleScreen(s, vm::onAction)
        }
        composable(Destination.Account.route) {
            val vm = viewModel { AccountViewModel(core) }
            val s by vm.state.collectAsStateWithLifecycle()
            AccountScreen(s) { a ->
                when (a) {
                    is AccountAction.OpenTitle -> nav.go(Destination.Title, a.recordId)
                    is AccountAction.ShowCard -> { platform.fullBrightness(a.show); vm.onAction(a) }
                    else -> vm.onAction(a)
                }
            }
        }
        composable(Destination.Events.route) {
            val vm = viewModel { EventsViewModel(core) }
            val s by vm.state.collectAsStateWithLifecycle()
            EventsScreen(s) { a ->
                if (a is EventsAction.AddToCalendar) scope.launch { platform.addToCalendar(withContext(core.io) { core.app.eventIcs(a.eventId) }) }
                else vm.onAction(a)
            }
        }
        composable(Destination.Libraries.route) {
            val vm = viewModel { LibrariesViewModel(core) }
            val s by vm.state.collectAsStateWithLifecycle()
            LibrariesScreen(s) { a ->
                when (a) {
                    is LibrariesAction.Call -> platform.dial(a.phone)
                    is LibrariesAction.OpenEvent -> nav.go(Destination.Events)
                }
            }
        }
        screen(Destination.Join, { JoinViewModel(core) }) { s, vm -> JoinScreen(s, vm::onAction) }
        screen(Destination.HomeDelivery, { HomeDeliveryViewModel(core) }) { s, vm -> HomeDeliveryScreen(s, vm::onAction) }
        screen(Destination.ActingFor, { ActingForViewModel(core) }) { s, vm -> ActingForScreen(s, vm::onAction) }
        screen(Destination.Today, { TodayViewModel(core) }) { s, vm -> TodayScreen(s, vm::onAction) }
        screen(Destination.Rota, { RotaViewModel(core) }) { s, vm -> RotaScreen(s, vm::onAction) }
        screen(Destination.Round, { RoundViewModel(core) }) { s, vm -> RoundScreen(s, vm::onAction) }
        screen(Destination.Choose, { ChooseViewModel(core) }) { s, vm -> ChooseScreen(s, vm::onAction) }
        screen(Destination.DoorList, { DoorListViewModel(core) }) { s, vm -> DoorListScreen(s, vm::onAction) }
        screen(Destination.Desk, { DeskViewModel(core) }) { s, vm -> DeskScreen(s, vm::onAction) }
        screen(Destination.Deliveries, { DeliveriesViewModel(core) }) { s, vm -> DeliveriesScreen(s, vm::onAction) }
        screen(Destination.EventsAndRooms, { EventsAndRoomsViewModel(core) }) { s, vm -> EventsAndRoomsScreen(s, vm::onAction) }
        screen(Destination.Impact, { ImpactViewModel(core) { name, csv -> platform.shareFile(name, "text/csv", csv) } }) { s, vm ->
            ImpactScreen(s, vm::onAction)
        }
        screen(Destination.HaveYourSay, { HaveYourSayViewModel(core) }) { s, vm -> HaveYourSayScreen(s, vm::onAction) }
        screen(Destination.PublishConsultation, { PublishConsultationViewModel(core) }) { s, vm -> PublishConsultationScreen(s, vm::onAction) }
        screen(Destination.ReadingLists, { ReadingListsViewModel(core) }) { s, vm ->
            ReadingListsScreen(s) { a -> if (a is ReadingListsAction.OpenTitle) nav.go(Destination.Title, a.recordId) }
        }
        screen(Destination.Settings, { SettingsViewModel(core, settings) }) { s, vm ->
            SettingsScreen(s) { a ->
                when (a) {
                    SettingsAction.Notifications -> platform.notificationSettings()
                    SettingsAction.SignOut -> { vm.onAction(a); nav.navigate(Destination.SignIn.route) { popUpTo(0) } }
                    else -> vm.onAction(a)
                }
            }
        }
    }
}

/** A screen whose actions all go to its view model (or are drawn by [content]). */
private inline fun <S, A, reified VM : org.communitylibrary.ui.core.CoreViewModel<S, A>> androidx.navigation.NavGraphBuilder.screen(
    d: Destination,
    noinline make: () -> VM,
    crossinline content: @Composable (S, VM) -> Unit,
) {
    composable(d.route) {
        val vm = viewModel { make() }
        val s by vm.state.collectAsStateWithLifecycle()
        content(s, vm)
    }
}

private fun NavHostController.go(d: Destination, id: Long? = null) =
    navigate(if (d == Destination.Title) "${d.route}/${id ?: 0}" else d.route)
